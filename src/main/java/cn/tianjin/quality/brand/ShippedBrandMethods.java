package cn.tianjin.quality.brand;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Installs the brand index's shipped method (indicator set and formula) in every mode when missing, as the rubrics
 * are. Another instance of a cluster installing it at the same moment is not a failure: the one stored serves both.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class ShippedBrandMethods {
    private static final Logger LOG = Logger.getLogger(ShippedBrandMethods.class.getName());

    @Inject
    BrandMethods methods;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void install() {
        try {
            methods.installShipped();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The shipped brand index method was not installed here (another instance may have)", e);
        }
    }
}

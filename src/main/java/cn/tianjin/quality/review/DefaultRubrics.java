package cn.tianjin.quality.review;

import cn.tianjin.quality.platform.security.Actor;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * Installs the rubrics the portal ships with, in every mode, when they are missing: GB/T 19580-2012 for the
 * Quality Award and the default brand-evaluation rubric. Officials edit them (as new versions) or import their own.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class DefaultRubrics {
    static final String AWARD = "rubrics/gbt19580-2012.json";
    static final String BRAND = "rubrics/tianjin-brand-2026.json";

    private static final Logger LOG = Logger.getLogger(DefaultRubrics.class.getName());

    @Inject
    RubricService rubrics;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void install() {
        installIfMissing(AWARD, "AWARD");
        installIfMissing(BRAND, "BRAND");
    }

    private void installIfMissing(String resource, String programme) {
        String json = read(resource);
        RubricDefinition def = RubricJson.read(json);
        if (rubrics.latest(def.code()).isEmpty()) {
            rubrics.importJson(Actor.system(), programme, json);
            LOG.info(() -> "Installed the default rubric " + def.code());
        }
    }

    static String read(String resource) {
        try (InputStream in = DefaultRubrics.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

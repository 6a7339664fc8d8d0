package cn.tianjin.quality.cqo;

import cn.tianjin.quality.platform.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The keys for identity numbers, from configuration only: {@code cqo.id-keys} (environment CQO_ID_KEYS) and
 * {@code cqo.id-hash-key} (CQO_ID_HASH_KEY). Without them, or with a malformed one, the rest of the portal runs and
 * every CQO action that needs an identity number is refused with a message saying the keys are missing; the log says
 * which setting is wrong (never the key). deploy/run.sh makes keys for the demo once, in its data folder.
 */
@ApplicationScoped
public class IdentityKeys {
    private static final Logger LOG = Logger.getLogger(IdentityKeys.class.getName());

    @Inject @ConfigProperty(name = "cqo.id-keys")
    Optional<String> sealingKeys;

    @Inject @ConfigProperty(name = "cqo.id-hash-key")
    Optional<String> hashKey;

    private volatile IdentityVault vault;
    private volatile boolean logged;

    /**
     * The vault made from the configured keys.
     *
     * @throws BusinessException {@code cqo.keys.missing} when the keys are not configured or do not read
     */
    public IdentityVault vault() {
        IdentityVault v = vault;
        if (v != null) {
            return v;
        }
        try {
            v = new IdentityVault(sealingKeys.orElse(null), hashKey.orElse(null));
        } catch (IllegalArgumentException e) {
            if (!logged) {
                logged = true;
                LOG.log(Level.SEVERE, "Chief quality officer filings are refused until the identity keys are set: {0}",
                        e.getMessage());
            }
            throw new BusinessException("cqo.keys.missing");
        }
        vault = v;
        return v;
    }

    /** Whether the keys are configured and read; pages say so instead of offering a form that cannot be stored. */
    public boolean ready() {
        try {
            vault();
            return true;
        } catch (BusinessException e) {
            return false;
        }
    }
}

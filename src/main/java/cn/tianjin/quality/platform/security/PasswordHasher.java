package cn.tianjin.quality.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * The one PBKDF2 hasher of the account services, set up once with the portal's parameters. Jakarta Security's
 * {@link Pbkdf2PasswordHash} is dependent-scoped, so each injection point gets its own instance with the library's
 * defaults until initialised; sharing this bean keeps every new hash on the same parameters.
 */
@ApplicationScoped
class PasswordHasher {
    @Inject
    Pbkdf2PasswordHash hasher;

    @PostConstruct
    void init() {
        hasher.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "120000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    String generate(char[] password) {
        return hasher.generate(password);
    }

    boolean verify(char[] password, String hash) {
        return hasher.verify(password, hash);
    }
}

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
 *
 * <p>The iterations follow OWASP's figure for PBKDF2-HMAC-SHA256 (600,000). A hash made with fewer (the portal used
 * 120,000 before) still verifies, and is replaced at the holder's next login ({@link LoginService}).
 */
@ApplicationScoped
class PasswordHasher {
    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    static final int ITERATIONS = 600_000;

    @Inject
    Pbkdf2PasswordHash hasher;

    @PostConstruct
    void init() {
        hasher.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    String generate(char[] password) {
        return hasher.generate(password);
    }

    boolean verify(char[] password, String hash) {
        return hasher.verify(password, hash);
    }

    /**
     * Whether a stored hash was made with weaker parameters than new ones get. The stored form is
     * {@code algorithm:iterations:salt:hash}; anything else is left alone (it would not verify either).
     */
    static boolean outdated(String hash) {
        String[] parts = hash == null ? new String[0] : hash.split(":");
        if (parts.length != 4) {
            return false;
        }
        try {
            return !ALGORITHM.equals(parts[0]) || Integer.parseInt(parts[1]) < ITERATIONS;
        } catch (NumberFormatException unreadable) {
            return false;
        }
    }
}

package cn.tianjin.quality.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    @Test
    void aHashOfFewerIterationsOrAnotherAlgorithmIsOutdated() {
        assertThat(PasswordHasher.outdated("PBKDF2WithHmacSHA256:120000:c2FsdA==:a2V5")).isTrue();
        assertThat(PasswordHasher.outdated("PBKDF2WithHmacSHA1:600000:c2FsdA==:a2V5")).isTrue();
        assertThat(PasswordHasher.outdated("PBKDF2WithHmacSHA256:600000:c2FsdA==:a2V5")).isFalse();
        assertThat(PasswordHasher.outdated("PBKDF2WithHmacSHA512:900000:c2FsdA==:a2V5")).isTrue();
    }

    @Test
    void somethingUnreadableIsLeftAlone() {
        assertThat(PasswordHasher.outdated(null)).isFalse();
        assertThat(PasswordHasher.outdated("")).isFalse();
        assertThat(PasswordHasher.outdated("PBKDF2WithHmacSHA256:many:c2FsdA==:a2V5")).isFalse();
        assertThat(PasswordHasher.outdated("plain text")).isFalse();
    }
}

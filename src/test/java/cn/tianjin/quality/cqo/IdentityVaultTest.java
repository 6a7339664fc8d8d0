package cn.tianjin.quality.cqo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class IdentityVaultTest {
    private static final String NUMBER = "11010519491231002X";
    private static final String OLD = "k2025:" + key(1);
    private static final String NEW = "k2026:" + key(2);
    private static final String HASH = key(3);

    @Test
    void aSealedNumberOpensAgainButDoesNotShowItself() {
        IdentityVault vault = new IdentityVault(NEW, HASH);
        String sealed = vault.seal(IdentityDocument.RESIDENT_ID, NUMBER);
        assertThat(sealed).startsWith("v1:k2026:").doesNotContain(NUMBER).doesNotContain("19491231");
        assertThat(vault.open(IdentityDocument.RESIDENT_ID, sealed)).isEqualTo(NUMBER);
        assertThat(vault.seal(IdentityDocument.RESIDENT_ID, NUMBER)).as("a fresh nonce each time").isNotEqualTo(sealed);
    }

    @Test
    void anAlteredValueOrAnotherKindDoesNotOpen() {
        IdentityVault vault = new IdentityVault(NEW, HASH);
        String sealed = vault.seal(IdentityDocument.RESIDENT_ID, NUMBER);
        assertThatThrownBy(() -> vault.open(IdentityDocument.FOREIGN_PASSPORT, sealed))
                .isInstanceOf(IllegalArgumentException.class);
        // A character in the middle of the text: every bit of it counts (the last ones may be padding bits).
        int at = (sealed.lastIndexOf(':') + sealed.length()) / 2;
        String altered = sealed.substring(0, at) + (sealed.charAt(at) == 'A' ? 'B' : 'A') + sealed.substring(at + 1);
        assertThatThrownBy(() -> vault.open(IdentityDocument.RESIDENT_ID, altered)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> vault.open(IdentityDocument.RESIDENT_ID, NUMBER)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void afterARotationOldValuesStillOpenAndAreKnownForResealing() {
        String sealedOld = new IdentityVault(OLD, HASH).seal(IdentityDocument.RESIDENT_ID, NUMBER);
        IdentityVault rotated = new IdentityVault(NEW + "," + OLD, HASH);
        assertThat(rotated.open(IdentityDocument.RESIDENT_ID, sealedOld)).isEqualTo(NUMBER);
        assertThat(rotated.isCurrent(sealedOld)).isFalse();
        assertThat(rotated.isCurrent(rotated.seal(IdentityDocument.RESIDENT_ID, NUMBER))).isTrue();
        assertThatThrownBy(() -> new IdentityVault(NEW, HASH).open(IdentityDocument.RESIDENT_ID, sealedOld))
                .hasMessageContaining("k2025");
    }

    @Test
    void theMatchingHashIsStableKeyedAndBoundToTheKind() {
        IdentityVault vault = new IdentityVault(NEW, HASH);
        String hash = vault.matchHash(IdentityDocument.RESIDENT_ID, NUMBER);
        assertThat(hash).hasSize(64).isEqualTo(new IdentityVault(OLD, HASH).matchHash(IdentityDocument.RESIDENT_ID, NUMBER));
        assertThat(vault.matchHash(IdentityDocument.FOREIGN_PASSPORT, NUMBER)).isNotEqualTo(hash);
        assertThat(new IdentityVault(NEW, key(4)).matchHash(IdentityDocument.RESIDENT_ID, NUMBER)).isNotEqualTo(hash);
        assertThat(IdentityVault.sameHash(hash, vault.matchHash(IdentityDocument.RESIDENT_ID, NUMBER))).isTrue();
    }

    @Test
    void missingOrShortKeysAreRefusedWithoutShowingThem() {
        assertThatThrownBy(() -> new IdentityVault("", HASH)).hasMessageContaining("cqo.id-keys");
        assertThatThrownBy(() -> new IdentityVault("k:" + Base64.getEncoder().encodeToString(new byte[16]), HASH))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new IdentityVault(NEW, null)).hasMessageContaining("cqo.id-hash-key");
        assertThatThrownBy(() -> new IdentityVault(NEW + "," + NEW, HASH)).hasMessageContaining("twice");
        assertThatThrownBy(() -> new IdentityVault("k2026:not*base64", HASH)).message().doesNotContain("not*base64");
    }

    private static String key(int fill) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) fill);
        return Base64.getEncoder().encodeToString(key);
    }
}

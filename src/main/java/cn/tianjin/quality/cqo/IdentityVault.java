package cn.tianjin.quality.cqo;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * How an identity number is kept: sealed with AES-256-GCM under a named key, and matched through a keyed hash
 * (HMAC-SHA256), so the database never holds the number in clear and a training list can still find its CQO.
 *
 * <p>A sealed value reads {@code v1:<key name>:<base64 of nonce and cipher text>}; the document kind is bound to it as
 * associated data, so a passport number cannot be passed off as a resident identity number by copying a cell. Keys
 * come from configuration as {@code name:base64,name:base64,...}, the first sealing new values and all of them opening
 * old ones: to rotate, put a new key first, keep the old ones until {@link #isCurrent} is true of every stored value
 * (the portal re-seals every stored value under the new key when it starts, IdentityReseal), then drop them. The hash key
 * is separate and not rotated with them: changing it means recomputing every hash from the opened numbers.
 */
public final class IdentityVault {
    private static final String VERSION = "v1";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, SecretKeySpec> keys;
    private final String current;
    private final SecretKeySpec hashKey;

    /**
     * @param sealingKeys {@code name:base64,...}, each key 32 bytes, the first the current one
     * @param hashKey     base64 of at least 32 bytes
     * @throws IllegalArgumentException when a key is missing, malformed or too short (the message names which, never the key)
     */
    public IdentityVault(String sealingKeys, String hashKey) {
        if (sealingKeys == null || sealingKeys.isBlank()) {
            throw new IllegalArgumentException("No key for identity numbers is configured (cqo.id-keys)");
        }
        Map<String, SecretKeySpec> parsed = new LinkedHashMap<>();
        for (String entry : sealingKeys.split(",")) {
            String[] parts = entry.strip().split(":", 2);
            if (parts.length != 2 || !parts[0].matches("[A-Za-z0-9_.-]{1,32}")) {
                throw new IllegalArgumentException("An identity key must read name:base64 (cqo.id-keys)");
            }
            byte[] key = decode(parts[1], "cqo.id-keys, key " + parts[0]);
            if (key.length != 32) {
                throw new IllegalArgumentException("Identity key " + parts[0] + " must be 32 bytes, not " + key.length);
            }
            if (parsed.putIfAbsent(parts[0], new SecretKeySpec(key, "AES")) != null) {
                throw new IllegalArgumentException("Identity key " + parts[0] + " is named twice");
            }
        }
        this.keys = Map.copyOf(parsed);
        this.current = parsed.keySet().iterator().next();
        byte[] hash = decode(hashKey, "cqo.id-hash-key");
        if (hash.length < 32) {
            throw new IllegalArgumentException("The identity hash key must be at least 32 bytes (cqo.id-hash-key)");
        }
        this.hashKey = new SecretKeySpec(hash, "HmacSHA256");
    }

    /** Seals a normalised number under the current key. */
    public String seal(IdentityDocument kind, String number) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(current), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(kind.name().getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(number.getBytes(StandardCharsets.UTF_8));
            byte[] all = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return VERSION + ':' + current + ':' + Base64.getEncoder().encodeToString(all);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * Opens a sealed number.
     *
     * @throws IllegalArgumentException when the value is not one this vault sealed for that kind (unknown key, altered
     *                                  text, another document kind)
     */
    public String open(IdentityDocument kind, String sealed) {
        String[] parts = sealed == null ? new String[0] : sealed.split(":", 3);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new IllegalArgumentException("Not a sealed identity number");
        }
        SecretKeySpec key = keys.get(parts[1]);
        if (key == null) {
            throw new IllegalArgumentException("Sealed under key " + parts[1] + ", which is no longer configured");
        }
        byte[] all = decode(parts[2], "sealed identity number");
        if (all.length <= NONCE_BYTES) {
            throw new IllegalArgumentException("Not a sealed identity number");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            cipher.updateAAD(kind.name().getBytes(StandardCharsets.US_ASCII));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalArgumentException("The sealed identity number does not open: altered, or of another kind");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** Whether a sealed value is under the current key (if not, the re-seal at start-up seals it again). */
    public boolean isCurrent(String sealed) {
        return sealed != null && sealed.startsWith(currentPrefix());
    }

    /** How every value sealed under the current key begins. */
    public String currentPrefix() {
        return VERSION + ':' + current + ':';
    }

    /**
     * The keyed hash that finds a person again (a training list, a second filing) without opening anything: the same
     * kind and number always give the same 64 hex digits, and without the key nobody can test a guess against it.
     */
    public String matchHash(IdentityDocument kind, String number) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey);
            mac.update(kind.name().getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(number.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** Compares two hashes in constant time. */
    public static boolean sameHash(String a, String b) {
        return a != null && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] decode(String base64, String what) {
        try {
            return Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not base64: " + what);
        }
    }
}

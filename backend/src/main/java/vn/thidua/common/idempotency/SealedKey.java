package vn.thidua.common.idempotency;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * What the database keeps of an Idempotency-Key, derived from the key itself, which only the client
 * holds: the lookup (a SHA-256 of it), the request's fingerprint as an HMAC under it, and the stored
 * answer sealed with AES-GCM under it. A reader of the table (a dump, a backup) cannot tell which
 * request a caller sent nor read the answer it got — a vote's body is its choice and its answer the
 * voter's receipt (ADR 0017) — without the caller's key. Each part is derived with its own label.
 */
final class SealedKey {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final String lookup;
    private final byte[] macKey;
    private final byte[] sealKey;

    private SealedKey(String key) {
        this.lookup = HexFormat.of().formatHex(derive("thidua-idempotency-key", key));
        this.macKey = derive("thidua-idempotency-mac", key);
        this.sealKey = derive("thidua-idempotency-seal", key);
    }

    static SealedKey of(String key) {
        return new SealedKey(key);
    }

    /** The column {@code idem_key}: 64 hex digits (V20 rewrote the older rows' keys the same way). */
    String lookup() {
        return lookup;
    }

    /** The column {@code request_hash}: HMAC-SHA256 of the request's fingerprint under the key. */
    byte[] fingerprint(byte[] requestHash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(macKey, "HmacSHA256"));
            return mac.doFinal(requestHash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The answer's body sealed: a random IV, then the ciphertext with its tag; null stays null. */
    byte[] seal(byte[] body) {
        if (body == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(sealKey, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(body);
            return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body as it was sent; a body that does not open under this key is a fault, never replayed. */
    byte[] open(byte[] sealed) {
        if (sealed == null) {
            return null;
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(sealKey, "AES"), new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            return cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored idempotent answer does not open under its key", e);
        }
    }

    private static byte[] derive(String label, String key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(label.getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) 0);
            sha.update(key.getBytes(StandardCharsets.US_ASCII));
            return sha.digest();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

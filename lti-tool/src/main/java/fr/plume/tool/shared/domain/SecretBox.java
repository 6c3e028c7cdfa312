package fr.plume.tool.shared.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secrets at rest (tool private keys, Moodle tokens): AES-256-GCM under a key derived
 * from the configured secret with HKDF-SHA256 (RFC 5869). Each use passes its own salt and info,
 * so each gets a different key from the same secret; the associated data binds a ciphertext to
 * its row, so one copied to another row does not decrypt. Stored form: 12-byte IV, then the
 * ciphertext with its 128-bit tag.
 */
public final class SecretBox {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public SecretBox(String secret, String salt, String info) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("plume.security.secret-key must be at least 16 characters");
        }
        this.key = new SecretKeySpec(hkdf(secret.getBytes(StandardCharsets.UTF_8),
                salt.getBytes(StandardCharsets.UTF_8), info.getBytes(StandardCharsets.UTF_8)), "AES");
    }

    public byte[] seal(byte[] plaintext, String associatedData) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /** The plaintext, or {@link CannotOpen} when the secret, the associated data or the bytes differ. */
    public byte[] open(byte[] stored, String associatedData) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, IV_BYTES));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new CannotOpen(e);
        }
    }

    /** A ciphertext that does not open under this key and associated data. */
    public static final class CannotOpen extends RuntimeException {
        CannotOpen(Throwable cause) {
            super("ciphertext does not open with this key and associated data", cause);
        }
    }

    private static byte[] hkdf(byte[] secret, byte[] salt, byte[] info) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt, "HmacSHA256"));
            byte[] prk = mac.doFinal(secret);
            mac.init(new SecretKeySpec(prk, "HmacSHA256"));
            mac.update(info);
            mac.update((byte) 1);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

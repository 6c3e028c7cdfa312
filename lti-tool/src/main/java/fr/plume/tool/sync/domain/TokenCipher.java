package fr.plume.tool.sync.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts Moodle web service tokens at rest: AES-256-GCM under a key derived from the
 * configured secret with HKDF-SHA256 (RFC 5869, a salt of its own so this key differs from any
 * other derived from the same secret). The site id is the associated data, so a ciphertext
 * copied to another site's row does not decrypt.
 */
public final class TokenCipher {

    private static final byte[] SALT = "plume/sync/moodle-tokens/v1".getBytes(StandardCharsets.UTF_8);
    private static final byte[] INFO = "aes-256-gcm moodle ws token".getBytes(StandardCharsets.UTF_8);
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public TokenCipher(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("plume.security.secret-key must be at least 16 characters");
        }
        this.key = new SecretKeySpec(hkdf(secret.getBytes(StandardCharsets.UTF_8)), "AES");
    }

    public byte[] encrypt(String token, String associatedData) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt a Moodle token", e);
        }
    }

    /** Decrypts, or throws {@link IllegalStateException} when the secret or the site does not match. */
    public String decrypt(byte[] stored, String associatedData) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, IV_BYTES));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The Moodle token of this site cannot be decrypted: "
                    + "was PLUME_SECRET_KEY changed since it was saved? Enter the token again.");
        }
    }

    private static byte[] hkdf(byte[] secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SALT, "HmacSHA256"));
            byte[] prk = mac.doFinal(secret);
            mac.init(new SecretKeySpec(prk, "HmacSHA256"));
            mac.update(INFO);
            mac.update((byte) 1);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

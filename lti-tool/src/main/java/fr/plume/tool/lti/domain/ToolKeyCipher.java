package fr.plume.tool.lti.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the tool's private keys at rest: AES-256-GCM under a key derived from the configured
 * secret with HKDF-SHA256 (RFC 5869). The kid is bound as associated data, so a ciphertext moved
 * to another row does not decrypt.
 */
public final class ToolKeyCipher {

    private static final byte[] SALT = "plume/lti/tool-keys/v1".getBytes(StandardCharsets.UTF_8);
    private static final byte[] INFO = "aes-256-gcm private key wrapping".getBytes(StandardCharsets.UTF_8);
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public ToolKeyCipher(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("plume.security.secret-key must be at least 16 characters");
        }
        this.key = new SecretKeySpec(hkdf(secret.getBytes(StandardCharsets.UTF_8)), "AES");
    }

    public byte[] encrypt(byte[] plaintext, String kid) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt a tool key", e);
        }
    }

    /** Decrypts, or throws {@link IllegalStateException} when the secret or the kid does not match. */
    public byte[] decrypt(byte[] stored, String kid) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, IV_BYTES));
            cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot decrypt tool key " + kid
                    + ": was PLUME_SECRET_KEY changed since it was created?", e);
        }
    }

    private static byte[] hkdf(byte[] secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SALT, "HmacSHA256"));
            byte[] prk = mac.doFinal(secret);
            mac.init(new SecretKeySpec(prk, "HmacSHA256"));
            byte[] t1 = new byte[0];
            ByteBuffer okm = ByteBuffer.allocate(32);
            mac.update(t1);
            mac.update(INFO);
            mac.update((byte) 1);
            okm.put(mac.doFinal());
            byte[] out = okm.array();
            Arrays.fill(prk, (byte) 0);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

package fr.plume.tool.identity.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret of an API token: {@code plume_} and 256 random bits in base64url. Only its SHA-256
 * is stored; a slow password hash is not needed because the secret is random, not chosen.
 * The prefix lets secret scanners and people recognise a Plume token.
 */
public final class ApiTokenSecret {

    public static final String PREFIX = "plume_";
    private static final int RANDOM_BYTES = 32;

    private ApiTokenSecret() {
    }

    public static String generate(SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

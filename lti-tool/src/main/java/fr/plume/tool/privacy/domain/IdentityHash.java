package fr.plume.tool.privacy.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The person's platform identity (issuer and {@code sub}) as a SHA-256 digest: what an export
 * shows so the person or an administrator can match it with the platform without the raw id
 * leaving the page.
 */
public final class IdentityHash {

    private IdentityHash() {
    }

    public static String of(String issuer, String subject) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha256.digest((issuer + "\n" + subject).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}

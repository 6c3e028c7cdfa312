package fr.plume.tool.framework.domain;

import fr.plume.framework.format.casejson.CaseJsonWriter;
import fr.plume.framework.model.Framework;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * SHA-256 of a framework's canonical CASE package: equal fingerprints mean the same content.
 *
 * @param hex the digest in lower-case hexadecimal, as stored beside each version
 */
public record FrameworkFingerprint(String hex) {

    public static FrameworkFingerprint of(Framework framework) {
        // Written at a fixed instant: CASE's lastChangeDateTime must not make the same content differ.
        return of(CaseJsonWriter.write(framework, Instant.EPOCH));
    }

    static FrameworkFingerprint of(byte[] canonical) {
        try {
            return new FrameworkFingerprint(
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}

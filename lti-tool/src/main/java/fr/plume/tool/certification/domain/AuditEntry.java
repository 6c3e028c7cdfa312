package fr.plume.tool.certification.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * One row of the certification audit log. Its hash covers every field and the previous row's hash
 * (a hash chain): a changed, removed or inserted row no longer matches the hash the next row keeps.
 */
public record AuditEntry(long seq, UUID memberId, Instant at, String actor, String action, UUID subjectId,
        String details, String previousHash, String hash) {

    /** The hash of the first row's predecessor. */
    public static final String GENESIS = "0".repeat(64);

    public static AuditEntry chained(long seq, UUID memberId, Instant at, String actor, String action,
            UUID subjectId, String details, String previousHash) {
        String hash = hashOf(seq, memberId, at, actor, action, subjectId, details, previousHash);
        return new AuditEntry(seq, memberId, at, actor, action, subjectId, details, previousHash, hash);
    }

    /** Whether the stored hash is the hash of this row's content. */
    public boolean intact() {
        return hash.equals(hashOf(seq, memberId, at, actor, action, subjectId, details, previousHash));
    }

    static String hashOf(long seq, UUID memberId, Instant at, String actor, String action, UUID subjectId,
            String details, String previousHash) {
        // Fields are length-prefixed so no two different rows hash the same text.
        StringBuilder text = new StringBuilder();
        for (String field : new String[] {Long.toString(seq), String.valueOf(memberId), at.toString(), actor, action,
                String.valueOf(subjectId), details, previousHash}) {
            text.append(field.length()).append(':').append(field).append('|');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

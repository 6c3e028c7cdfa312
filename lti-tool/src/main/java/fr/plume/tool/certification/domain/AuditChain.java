package fr.plume.tool.certification.domain;

import java.util.Optional;

/**
 * Checks the audit log's hash chain row by row, in order: the first row whose content no longer
 * matches its hash, whose previous hash is not the hash of the row before, or whose number skips
 * one (a deleted row) is named.
 */
public final class AuditChain {

    private String previousHash = AuditEntry.GENESIS;
    private long expectedSeq = 1;
    private long checked;
    private Broken broken;

    /** @param problem CONTENT_CHANGED, CHAIN_BROKEN or ROW_MISSING */
    public record Broken(long seq, String problem) {
    }

    public record Verification(long checked, Optional<Broken> firstBroken) {

        public boolean intact() {
            return firstBroken.isEmpty();
        }
    }

    /** Takes the next row; returns false once a broken row was found (later rows need not be read). */
    public boolean accept(AuditEntry entry) {
        if (broken != null) {
            return false;
        }
        checked++;
        if (entry.seq() != expectedSeq) {
            broken = new Broken(expectedSeq, "ROW_MISSING");
        } else if (!entry.intact()) {
            broken = new Broken(entry.seq(), "CONTENT_CHANGED");
        } else if (!entry.previousHash().equals(previousHash)) {
            broken = new Broken(entry.seq(), "CHAIN_BROKEN");
        }
        previousHash = entry.hash();
        expectedSeq = entry.seq() + 1;
        return broken == null;
    }

    public Verification result() {
        return new Verification(checked, Optional.ofNullable(broken));
    }
}

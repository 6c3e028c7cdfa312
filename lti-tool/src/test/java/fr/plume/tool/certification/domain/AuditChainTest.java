package fr.plume.tool.certification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final UUID MEMBER = UUID.randomUUID();

    private static List<AuditEntry> chain(int rows) {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = AuditEntry.GENESIS;
        for (int i = 1; i <= rows; i++) {
            AuditEntry entry = AuditEntry.chained(i, MEMBER, Instant.parse("2026-12-05T09:00:00Z").plusSeconds(i),
                    "officer", "session.scheduled", UUID.randomUUID(), "room=" + i, previous);
            entries.add(entry);
            previous = entry.hash();
        }
        return entries;
    }

    private static AuditChain.Verification verify(List<AuditEntry> entries) {
        AuditChain chain = new AuditChain();
        entries.forEach(chain::accept);
        return chain.result();
    }

    @Test
    void anUntouchedChainIsIntact() {
        assertThat(verify(chain(5))).isEqualTo(new AuditChain.Verification(5, java.util.Optional.empty()));
        assertThat(verify(List.of()).intact()).isTrue();
    }

    @Test
    void aChangedRowIsNamed() {
        List<AuditEntry> entries = chain(5);
        AuditEntry third = entries.get(2);
        entries.set(2, new AuditEntry(3, MEMBER, third.at(), "intruder", third.action(), third.subjectId(),
                third.details(), third.previousHash(), third.hash()));
        assertThat(verify(entries).firstBroken()).hasValue(new AuditChain.Broken(3, "CONTENT_CHANGED"));
    }

    @Test
    void aRowRewrittenWithItsOwnNewHashBreaksTheNextLink() {
        List<AuditEntry> entries = chain(5);
        AuditEntry third = entries.get(2);
        entries.set(2, AuditEntry.chained(3, MEMBER, third.at(), "intruder", third.action(), third.subjectId(),
                third.details(), third.previousHash()));
        assertThat(verify(entries).firstBroken()).hasValue(new AuditChain.Broken(4, "CHAIN_BROKEN"));
    }

    @Test
    void aDeletedRowIsNamed() {
        List<AuditEntry> entries = chain(5);
        entries.remove(1);
        assertThat(verify(entries).firstBroken()).hasValue(new AuditChain.Broken(2, "ROW_MISSING"));
    }
}

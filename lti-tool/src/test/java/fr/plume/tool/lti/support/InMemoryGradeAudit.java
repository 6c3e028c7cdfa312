package fr.plume.tool.lti.support;

import fr.plume.tool.lti.ags.domain.GradeAudit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The dead-letter audit trail in memory. */
public final class InMemoryGradeAudit implements GradeAudit {

    public record Entry(UUID memberId, UUID outboxId, String action, String actor, Instant at) {
    }

    private final List<Entry> entries = new ArrayList<>();

    @Override
    public synchronized void append(UUID memberId, UUID outboxId, String action, String actor, Instant at) {
        entries.add(new Entry(memberId, outboxId, action, actor, at));
    }

    @Override
    public synchronized long count(UUID outboxId, String action) {
        return entries.stream().filter(e -> e.outboxId().equals(outboxId) && e.action().equals(action)).count();
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }
}

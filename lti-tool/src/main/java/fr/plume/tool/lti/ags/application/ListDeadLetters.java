package fr.plume.tool.lti.ags.application;

import fr.plume.tool.lti.ags.domain.GradeOutbox;
import fr.plume.tool.lti.ags.domain.GradeOutbox.GradeRow;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** What the administrators' grade page shows: dead letters per member, and one member's failures. */
@Service
public class ListDeadLetters {

    private final GradeOutbox outbox;

    ListDeadLetters(GradeOutbox outbox) {
        this.outbox = outbox;
    }

    public Map<UUID, Long> countsByMember() {
        return outbox.failureCounts();
    }

    public List<GradeRow> failures(UUID memberId, int limit) {
        return outbox.failures(memberId, limit);
    }
}

package fr.plume.tool.lti.ags.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.lti.ags.domain.ClaimedGrade;
import fr.plume.tool.lti.ags.domain.GradeOutbox.GradeRow;
import fr.plume.tool.lti.api.GradeToQueue;
import fr.plume.tool.lti.support.InMemoryGradeOutbox;
import fr.plume.tool.support.MovableClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The administrators' grade page: dead letters counted per member, and one member's failures, newest first. */
class ListDeadLettersTest {

    private final MovableClock clock = MovableClock.stopped();
    private final InMemoryGradeOutbox outbox = new InMemoryGradeOutbox();
    private final ListDeadLetters listDeadLetters = new ListDeadLetters(outbox);
    private final UUID memberA = UUID.randomUUID();
    private final UUID memberB = UUID.randomUUID();

    /** Queues a grade of {@code member}, claims it and records {@code outcome}: "dead", "retry" or "delivered". */
    private UUID grade(UUID member, String outcome) {
        GradeToQueue grade = new GradeToQueue(UUID.randomUUID(), member, UUID.randomUUID(), UUID.randomUUID(), null,
                "DIAGNOSTIC", 40, 100, clock.instant());
        outbox.enqueue(grade, clock.instant());
        ClaimedGrade claimed = outbox.claim(clock.instant(), Duration.ofMinutes(2), 100).stream()
                .filter(c -> c.attemptId().equals(grade.attemptId())).findFirst().orElseThrow();
        switch (outcome) {
            case "dead" -> outbox.dead(claimed, 400, "HTTP 400", clock.instant());
            case "retry" -> outbox.retryAt(claimed, clock.instant().plusSeconds(30), 503, "HTTP 503", clock.instant());
            default -> outbox.delivered(List.of(claimed), clock.instant());
        }
        clock.advance(Duration.ofSeconds(1));
        return claimed.id();
    }

    @Test
    void countsDeadLettersAndFailingGradesPerMember() {
        grade(memberA, "dead");
        grade(memberA, "retry");
        grade(memberA, "delivered");
        grade(memberB, "dead");

        assertThat(listDeadLetters.countsByMember()).isEqualTo(Map.of(memberA, 2L, memberB, 1L));
    }

    @Test
    void listsOneMembersFailuresNewestFirstUpToTheLimit() {
        UUID older = grade(memberA, "dead");
        UUID newer = grade(memberA, "retry");
        grade(memberA, "delivered");
        grade(memberB, "dead");

        assertThat(listDeadLetters.failures(memberA, 10)).extracting(GradeRow::id).containsExactly(newer, older);
        assertThat(listDeadLetters.failures(memberA, 1)).extracting(GradeRow::id).containsExactly(newer);
        assertThat(listDeadLetters.failures(UUID.randomUUID(), 10)).isEmpty();
    }
}

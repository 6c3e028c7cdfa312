package fr.plume.tool.lti.ags.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.plume.tool.lti.ags.domain.ClaimedGrade;
import fr.plume.tool.lti.ags.domain.GradeOutbox.GradeRow;
import fr.plume.tool.lti.api.GradeToQueue;
import fr.plume.tool.lti.support.InMemoryGradeAudit;
import fr.plume.tool.lti.support.InMemoryGradeOutbox;
import fr.plume.tool.support.MovableClock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An administrator retries or discards a dead letter of one member; each action is audited, other rows are untouched. */
class ManageDeadLettersTest {

    private final MovableClock clock = MovableClock.stopped();
    private final InMemoryGradeOutbox outbox = new InMemoryGradeOutbox();
    private final InMemoryGradeAudit audit = new InMemoryGradeAudit();
    private final ManageDeadLetters manage = new ManageDeadLetters(outbox, audit, clock);
    private final UUID memberId = UUID.randomUUID();

    /** A grade of the member, queued then refused by the platform. */
    private UUID deadLetter() {
        GradeToQueue grade = new GradeToQueue(UUID.randomUUID(), memberId, UUID.randomUUID(), UUID.randomUUID(), null,
                "DIAGNOSTIC", 40, 100, clock.instant());
        outbox.enqueue(grade, clock.instant());
        ClaimedGrade claimed = outbox.claim(clock.instant(), Duration.ofMinutes(2), 100).stream()
                .filter(c -> c.attemptId().equals(grade.attemptId())).findFirst().orElseThrow();
        outbox.dead(claimed, 400, "HTTP 400: User is not gradable", clock.instant());
        return claimed.id();
    }

    @Test
    void aRetriedDeadLetterIsQueuedAgainWithAFreshWindowAndAudited() {
        UUID id = deadLetter();
        clock.advance(Duration.ofHours(30));

        assertThat(manage.retry(memberId, id, "admin@consortium")).isTrue();

        assertThat(outbox.countByStatus("DEAD")).isZero();
        assertThat(outbox.claim(clock.instant(), Duration.ofMinutes(2), 10)).singleElement().satisfies(again -> {
            assertThat(again.id()).isEqualTo(id);
            assertThat(again.attempts()).as("counted afresh").isEqualTo(1);
            assertThat(again.queuedAt()).isEqualTo(clock.instant());
        });
        assertThat(audit.entries()).containsExactly(
                new InMemoryGradeAudit.Entry(memberId, id, "RETRY", "admin@consortium", clock.instant()));
    }

    @Test
    void aDiscardedDeadLetterLeavesTheQueueForGoodAndIsAudited() {
        UUID id = deadLetter();

        assertThat(manage.discard(memberId, id, "admin@consortium")).isTrue();

        assertThat(outbox.countByStatus("DISCARDED")).isEqualTo(1);
        assertThat(outbox.failures(memberId, 100)).isEmpty();
        assertThat(manage.retry(memberId, id, "admin@consortium")).as("no longer a dead letter").isFalse();
        assertThat(audit.count(id, "DISCARD")).isEqualTo(1);
        assertThat(audit.count(id, "RETRY")).isZero();
    }

    @Test
    void anotherMembersDeadLetterIsNeitherRetriedNorDiscarded() {
        UUID id = deadLetter();
        UUID otherMember = UUID.randomUUID();

        assertThat(manage.retry(otherMember, id, "admin@other")).isFalse();
        assertThat(manage.discard(otherMember, id, "admin@other")).isFalse();

        assertThat(outbox.failures(memberId, 100)).extracting(GradeRow::id, GradeRow::status)
                .containsExactly(tuple(id, "DEAD"));
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void aGradeStillPendingIsNotADeadLetter() {
        GradeToQueue grade = new GradeToQueue(UUID.randomUUID(), memberId, UUID.randomUUID(), UUID.randomUUID(), null,
                "DIAGNOSTIC", 40, 100, clock.instant());
        outbox.enqueue(grade, clock.instant());
        UUID id = outbox.byAttempt(grade.attemptId()).orElseThrow().id();

        assertThat(manage.retry(memberId, id, "admin@consortium")).isFalse();
        assertThat(manage.discard(memberId, id, "admin@consortium")).isFalse();
        assertThat(audit.entries()).isEmpty();
    }
}

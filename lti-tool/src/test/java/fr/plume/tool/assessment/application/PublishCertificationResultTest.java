package fr.plume.tool.assessment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.tool.assessment.api.CertificationPublication;
import fr.plume.tool.assessment.api.CertificationResult;
import fr.plume.tool.assessment.api.CertificationResultPublished;
import fr.plume.tool.assessment.domain.CertificationResultStore;
import fr.plume.tool.lti.api.GradeToQueue;
import fr.plume.tool.shared.domain.PlumeProblemException;
import fr.plume.tool.support.MovableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Publishing a certification result queues its grade once, on in-memory ports. */
class PublishCertificationResultTest {

    private final MovableClock clock = MovableClock.stopped();
    private final Map<UUID, CertificationResult> results = new HashMap<>();
    private final List<GradeToQueue> grades = new ArrayList<>();
    private final List<Object> events = new ArrayList<>();
    private final CertificationResultStore store = new CertificationResultStore() {
        @Override
        public void holdForPublication(UUID memberId, UUID attemptId, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<CertificationResult> lock(UUID memberId, UUID attemptId) {
            return Optional.ofNullable(results.get(attemptId)).filter(r -> r.memberId().equals(memberId));
        }

        @Override
        public boolean markPublished(UUID memberId, UUID attemptId, Instant at, String publishedBy, int publishedScore) {
            CertificationResult r = results.get(attemptId);
            if (r.published()) {
                return false;
            }
            results.put(attemptId, new CertificationResult(r.attemptId(), r.memberId(), r.userId(), r.contextId(),
                    r.resourceLinkId(), r.certification(), r.scaledScore(), r.scoreMaximum(), r.level(),
                    r.completedAt(), at));
            return true;
        }
    };
    private final PublishCertificationResult publish = new PublishCertificationResult(store, grades::add, events::add,
            clock);
    private final CertificationResult held = new CertificationResult(UUID.randomUUID(), UUID.randomUUID(),
            UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "certification", 640, 1000, 4,
            Instant.parse("2026-05-01T09:30:00Z"), null);

    @Test
    void publishingQueuesTheGradeAndPublishesTheEventOnce() {
        results.put(held.attemptId(), held);
        Instant now = Instant.now(clock);

        assertThat(publish.publish(held.memberId(), held.attemptId(), "officer"))
                .isEqualTo(CertificationPublication.Outcome.PUBLISHED);
        assertThat(publish.publish(held.memberId(), held.attemptId(), "officer"))
                .isEqualTo(CertificationPublication.Outcome.ALREADY_PUBLISHED);

        assertThat(grades).containsExactly(new GradeToQueue(held.attemptId(), held.memberId(), held.userId(),
                held.resourceLinkId(), held.contextId(), "CERTIFICATION", 640, 1000, now));
        assertThat(events).containsExactly(new CertificationResultPublished(held.attemptId(), held.memberId(),
                held.userId(), held.resourceLinkId(), held.contextId(), 640, 1000, now));
        assertThat(results.get(held.attemptId()).publishedAt()).isEqualTo(now);
    }

    @Test
    void anotherMembersResultIsNotFound() {
        results.put(held.attemptId(), held);

        assertThatThrownBy(() -> publish.publish(UUID.randomUUID(), held.attemptId(), "officer"))
                .isInstanceOfSatisfying(PlumeProblemException.class, refused -> {
                    assertThat(refused.code()).isEqualTo("ASSESSMENT-RESULT-NOT-FOUND");
                    assertThat(refused.status()).isEqualTo(404);
                });
        assertThat(grades).isEmpty();
        assertThat(events).isEmpty();
    }
}

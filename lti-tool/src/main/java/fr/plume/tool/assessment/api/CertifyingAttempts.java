package fr.plume.tool.assessment.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** What the certification module reads of a certifying attempt and how it ends one (the invigilator's "end"). */
public interface CertifyingAttempts {

    /**
     * @param deadline      the server's end of the attempt (extra time included)
     * @param answeredAt    when each answered item was answered, in order
     * @param valid         null while in progress
     * @param scaledScore   null while in progress or when invalid
     * @param scoreMargin   the ± margin of the score (1.96 standard errors, same scale), null with no score
     */
    record CertifyingAttempt(UUID attemptId, boolean inProgress, Instant startedAt, Instant deadline,
            List<Instant> answeredAt, Boolean valid, Integer scaledScore, Integer scoreMaximum, Integer scoreMargin,
            Integer level, List<CompetencyLevel> competencies) {

        public CertifyingAttempt {
            answeredAt = List.copyOf(answeredAt);
            competencies = List.copyOf(competencies);
        }

        public int answered() {
            return answeredAt.size();
        }
    }

    record CompetencyLevel(String code, int level, double standardError) {
    }

    Optional<CertifyingAttempt> describe(UUID memberId, UUID userId, UUID attemptId);

    /** Ends the attempt now, keeping every answer; false when it had already ended. */
    boolean end(UUID memberId, UUID userId, UUID attemptId);

    /**
     * A completed valid attempt's score, margin, level and competency levels recomputed by the
     * engine's estimator from its scored answers except those answered at {@code neutralisedAnsweredAt}
     * (items neutralised by the jury). Nothing is stored; empty when the attempt is not such an attempt.
     */
    Optional<Rescored> rescoreWithout(UUID memberId, UUID userId, UUID attemptId, Set<Instant> neutralisedAnsweredAt);

    /** @param counted the scored answers the estimate used */
    record Rescored(int scaledScore, int scoreMargin, int level, List<CompetencyLevel> competencies, int counted) {

        public Rescored {
            competencies = List.copyOf(competencies);
        }
    }
}

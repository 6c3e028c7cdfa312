package fr.plume.tool.assessment.api;

import java.util.UUID;

/**
 * Publishes a certification result (DESIGN §7): from then on its score may leave the tool, and its
 * grade is queued for the platform's gradebook in the same transaction. The certification module
 * (jury, officers) calls it; until that module exists, consortium administrators do, from
 * {@code /admin/certification-results}.
 */
public interface CertificationPublication {

    enum Outcome {
        /** Published now; its grade is queued. */
        PUBLISHED,
        /** It already was: nothing changed, nothing queued again. */
        ALREADY_PUBLISHED
    }

    /**
     * @param publishedBy who publishes (an officer or administrator account), kept with the result
     * @throws fr.plume.tool.shared.domain.PlumeProblemException {@code ASSESSMENT-RESULT-NOT-FOUND}
     *         (404) when the member has no certification result for this attempt
     */
    Outcome publish(UUID memberId, UUID attemptId, String publishedBy);

    /**
     * Publishes with the score the jury or officer rescored (the gradebook receives it, and the
     * result keeps it); {@code rescoredScore} null publishes the attempt's own score.
     */
    default Outcome publish(UUID memberId, UUID attemptId, String publishedBy, Integer rescoredScore) {
        if (rescoredScore != null) {
            throw new UnsupportedOperationException("This publication cannot publish a rescored score");
        }
        return publish(memberId, attemptId, publishedBy);
    }
}

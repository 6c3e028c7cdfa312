package fr.plume.tool.assessment.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the assessment module holds about one learner, for the privacy module (docs/privacy.md):
 * attempts with answers and levels, essays and marks, mastery; the erasure of the free texts a
 * learner typed; and the clearing of answers past their retention period. Scores, verdicts and
 * credits always stay: calibration needs them and they name nobody once the person is pseudonymised.
 */
public interface LearnerRecords {

    /** One attempt, with the accommodations it ran under. */
    record AttemptRecord(UUID id, String mode, String status, boolean writing, Instant startedAt, Instant completedAt,
            Integer level, Integer scaledScore, Integer scoreMaximum, Boolean valid, int extraTimePercent,
            boolean accessibleItems, String certificationId, List<AnswerRecord> answers,
            List<CompetencyLevel> competencies) {
    }

    /** One item shown in an attempt and what was answered (the stored JSON, null when unanswered). */
    record AnswerRecord(int position, UUID itemId, String competency, Instant shownAt, Instant answeredAt,
            String response, Boolean correct, Double credit) {
    }

    record CompetencyLevel(String competency, int level, int itemCount) {
    }

    record EssayRecord(UUID attemptId, int position, UUID itemId, String text, int wordCount, Instant submittedAt,
            Integer totalPoints, Integer maxPoints, Instant markedAt) {
    }

    record MasteryRecord(String competency, int level, int itemCount, Instant updatedAt) {
    }

    /** What an erasure removed: essay texts and typed answers. */
    record ErasedTexts(int essays, int freeTexts) {
    }

    List<AttemptRecord> attempts(UUID memberId, UUID personId);

    List<EssayRecord> essays(UUID memberId, UUID personId);

    List<MasteryRecord> mastery(UUID memberId, UUID personId);

    /** Whether the person has a certifying attempt still running. */
    boolean certifyingInProgress(UUID memberId, UUID personId);

    /** Deletes the texts the person typed (essays, short answers, corrections), keeping verdicts and marks. */
    ErasedTexts eraseFreeTexts(UUID memberId, UUID personId);

    /**
     * Clears the answers (stored responses and essay texts) of practice and diagnostic attempts
     * started before {@code before}; certifying attempts are kept with their certification.
     * Returns how many answers were cleared.
     */
    int clearPracticeAnswersBefore(Instant before);

    /** Deletes the browser-session admissions to attempts recorded before {@code before}. */
    int deleteAdmissionsBefore(Instant before);
}

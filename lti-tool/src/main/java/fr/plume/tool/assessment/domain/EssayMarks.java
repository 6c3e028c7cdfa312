package fr.plume.tool.assessment.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The marks of double-marked (certification) essays, within one member. */
public interface EssayMarks {

    /** Whether the essays of this attempt are double-marked: the attempt is a certifying one. */
    boolean doubleMarked(UUID memberId, UUID attemptId);

    /** The essay's marks in round order, its row locked so two markers cannot take the same round. */
    List<EssayMark> lockMarks(UUID memberId, UUID attemptId, int position);

    void add(UUID memberId, UUID attemptId, int position, EssayMark mark);

    /**
     * For the course's essays still to mark that are double-marked: who already marked each
     * (keyed by {@code attemptId/position}).
     */
    Map<String, List<UUID>> markersOfPending(UUID memberId, UUID contextId);

    /** The double-marking state of one attempt's essays. */
    record AttemptMarking(int essays, int decided, int awaitingThird, List<Integer> decidedLevels) {

        public AttemptMarking {
            decidedLevels = List.copyOf(decidedLevels);
        }
    }

    AttemptMarking ofAttempt(UUID memberId, UUID attemptId);

    static String key(UUID attemptId, int position) {
        return attemptId + "/" + position;
    }
}

package fr.plume.tool.assessment.api;

import java.util.List;
import java.util.UUID;

/**
 * Where the double marking of a certifying attempt's essays stands, for the certification jury: a
 * candidate is published only once every essay has its decided mark.
 */
public interface CertificationEssays {

    /**
     * @param essays        essays the attempt holds (0 when the test had none)
     * @param decided       essays whose mark is decided
     * @param awaitingThird essays whose two marks are too far apart, waiting for a third marker
     * @param levels        the decided essays' levels (1 to 6)
     */
    record Marking(int essays, int decided, int awaitingThird, List<Integer> levels) {

        public Marking {
            levels = List.copyOf(levels);
        }

        public static Marking none() {
            return new Marking(0, 0, 0, List.of());
        }

        public boolean complete() {
            return decided == essays;
        }
    }

    Marking marking(UUID memberId, UUID attemptId);
}

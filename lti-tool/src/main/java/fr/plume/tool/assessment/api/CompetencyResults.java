package fr.plume.tool.assessment.api;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Read access to the competency levels reported by completed attempts, always within one member. */
public interface CompetencyResults {

    /**
     * For each student and competency of the course, the level of the most recently completed
     * attempt of one of {@code modes} taken in that course. Empty when {@code modes} is empty. A
     * certifying attempt counts only once its result is published: until then it stays in the tool.
     */
    List<LatestLevel> latestFor(UUID memberId, UUID contextId, Set<ResultMode> modes);

    /**
     * A student's profile: for each competency, the level of their most recently completed valid
     * attempt of one of {@code modes}, in any course of the member (certification eligibility).
     */
    default List<LatestLevel> profileOf(UUID memberId, UUID userId, Set<ResultMode> modes) {
        throw new UnsupportedOperationException("profiles not provided");
    }
}

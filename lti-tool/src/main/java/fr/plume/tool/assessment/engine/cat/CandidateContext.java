package fr.plume.tool.assessment.engine.cat;

import java.util.Set;

/**
 * What the engine must know about the candidate.
 *
 * @param previouslySeenItemIds items shown in the candidate's earlier attempts; avoided while the
 *                              bank has other eligible items
 * @param needsAccessibleItems  only items flagged accessible may be given
 */
public record CandidateContext(Set<String> previouslySeenItemIds, boolean needsAccessibleItems) {

    public CandidateContext {
        previouslySeenItemIds = Set.copyOf(previouslySeenItemIds);
    }

    public static CandidateContext firstAttempt() {
        return new CandidateContext(Set.of(), false);
    }
}

package fr.plume.tool.assessment.engine.cat;

import java.util.Set;

/**
 * Content constraints: every competency in scope gets at least {@code minPerCompetency} and at
 * most {@code maxPerCompetency} items. {@code competencies} restricts the test to some
 * competencies (formative practice); empty means every competency of the bank.
 */
public record ContentBalance(int minPerCompetency, int maxPerCompetency, Set<String> competencies) {

    public ContentBalance {
        if (minPerCompetency < 0 || maxPerCompetency < 1 || minPerCompetency > maxPerCompetency) {
            throw new IllegalArgumentException("need 0 <= minPerCompetency <= maxPerCompetency and max >= 1");
        }
        competencies = Set.copyOf(competencies);
    }

    public static ContentBalance allCompetencies(int minPerCompetency, int maxPerCompetency) {
        return new ContentBalance(minPerCompetency, maxPerCompetency, Set.of());
    }

    public boolean inScope(String competencyCode) {
        return competencies.isEmpty() || competencies.contains(competencyCode);
    }
}

package fr.plume.tool.assessment.engine.cat;

import java.util.Set;

/**
 * Content constraints: every competency in scope gets at least {@code minPerCompetency} and at
 * most {@code maxPerCompetency} items. {@code competencies} restricts the test to some
 * competencies (formative practice); empty means every competency of the bank. With
 * {@code byDomainInformation}, competencies with as many items are taken in order of the Fisher
 * information their domain has gathered (least first) instead of at random, so that the domains
 * are measured as evenly as the counts allow.
 */
public record ContentBalance(int minPerCompetency, int maxPerCompetency, Set<String> competencies,
                             boolean byDomainInformation) {

    public ContentBalance {
        if (minPerCompetency < 0 || maxPerCompetency < 1 || minPerCompetency > maxPerCompetency) {
            throw new IllegalArgumentException("need 0 <= minPerCompetency <= maxPerCompetency and max >= 1");
        }
        competencies = Set.copyOf(competencies);
    }

    public ContentBalance(int minPerCompetency, int maxPerCompetency, Set<String> competencies) {
        this(minPerCompetency, maxPerCompetency, competencies, false);
    }

    public ContentBalance withDomainInformation() {
        return new ContentBalance(minPerCompetency, maxPerCompetency, competencies, true);
    }

    public static ContentBalance allCompetencies(int minPerCompetency, int maxPerCompetency) {
        return new ContentBalance(minPerCompetency, maxPerCompetency, Set.of());
    }

    public boolean inScope(String competencyCode) {
        return competencies.isEmpty() || competencies.contains(competencyCode);
    }
}

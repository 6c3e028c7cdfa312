package fr.plume.tool.assessment.application;

import fr.plume.tool.assessment.engine.cat.TestMode;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Pretest seeding ({@code plume.assessment.pretest.*}, issue 16): how many unscored pretest items
 * a diagnostic or formative attempt carries, and how many answers each pretest item should collect
 * before it stops being seeded. Certification never carries any, nor its mock (the same test).
 *
 * @param diagnosticItems  pretest items per diagnostic attempt (default 2, for up to 30 scored items)
 * @param formativeItems   pretest items per formative attempt (default 2)
 * @param targetResponses  answers wanted per pretest item (default 300)
 */
@ConfigurationProperties("plume.assessment.pretest")
public record PretestSettings(Integer diagnosticItems, Integer formativeItems, Integer targetResponses) {

    public PretestSettings {
        diagnosticItems = diagnosticItems == null || diagnosticItems < 0 ? 2 : diagnosticItems;
        formativeItems = formativeItems == null || formativeItems < 0 ? 2 : formativeItems;
        targetResponses = targetResponses == null || targetResponses < 1 ? 300 : targetResponses;
    }

    public static PretestSettings defaults() {
        return new PretestSettings(null, null, null);
    }

    /** Pretest items an attempt of this mode may carry. */
    public int itemsFor(TestMode mode) {
        return switch (mode) {
            case DIAGNOSTIC -> diagnosticItems;
            case FORMATIVE -> formativeItems;
            case CERTIFICATION, MOCK_CERTIFICATION -> 0;
        };
    }
}

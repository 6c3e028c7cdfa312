package fr.plume.tool.certification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EligibilityRuleTest {

    private static final Instant NOW = Instant.parse("2026-12-05T09:00:00Z");
    private static final Instant RECENT = Instant.parse("2026-10-01T09:00:00Z");
    private static final Instant OLD = Instant.parse("2025-06-01T09:00:00Z");
    private final EligibilityRule rule = new EligibilityRule(2, 3, 12);

    @Test
    void enoughRecentCompetenciesAtTheLevelAreEligible() {
        assertThat(rule.judge(List.of(new ProfileLevel("1.1", 3, RECENT), new ProfileLevel("2.1", 4, RECENT),
                new ProfileLevel("3.1", 1, RECENT)), NOW)).isEqualTo(new EligibilityRule.Verdict(true, null, 2));
    }

    @Test
    void eachShortfallSaysWhy() {
        assertThat(rule.judge(List.of(), NOW).reason()).isEqualTo("NO_PROFILE");
        assertThat(rule.judge(List.of(new ProfileLevel("1.1", 5, OLD), new ProfileLevel("2.1", 5, OLD)), NOW).reason())
                .isEqualTo("PROFILE_TOO_OLD");
        assertThat(rule.judge(List.of(new ProfileLevel("1.1", 5, RECENT), new ProfileLevel("2.1", 2, RECENT),
                new ProfileLevel("3.1", 5, OLD)), NOW)).isEqualTo(new EligibilityRule.Verdict(false, "TOO_FEW_COMPETENCIES", 1));
    }

    @Test
    void aRuleOfNoCompetencyLetsEveryoneIn() {
        assertThat(new EligibilityRule(0, 2, 12).judge(List.of(), NOW).eligible()).isTrue();
    }
}

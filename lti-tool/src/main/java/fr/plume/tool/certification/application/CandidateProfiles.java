package fr.plume.tool.certification.application;

import fr.plume.tool.assessment.api.CompetencyResults;
import fr.plume.tool.assessment.api.ResultMode;
import fr.plume.tool.certification.domain.EligibilityRule;
import fr.plume.tool.certification.domain.ProfileLevel;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Judges a person's eligibility from their diagnostic profile (assessment's results), by the consortium's rule. */
@Component
public class CandidateProfiles {

    private final CompetencyResults results;
    private final CertificationRules rules;
    private final Clock clock;

    CandidateProfiles(CompetencyResults results, CertificationRules rules, Clock clock) {
        this.results = results;
        this.rules = rules;
        this.clock = clock;
    }

    public EligibilityRule rule() {
        return rules.eligibility();
    }

    /** @param userId null when the person never launched the tool: no profile */
    public EligibilityRule.Verdict eligibility(UUID memberId, UUID userId) {
        Instant now = Instant.now(clock);
        if (userId == null) {
            return rules.eligibility().judge(List.of(), now);
        }
        List<ProfileLevel> profile = results.profileOf(memberId, userId, Set.of(ResultMode.DIAGNOSTIC)).stream()
                .map(l -> new ProfileLevel(l.competencyCode(), l.level(), l.completedAt())).toList();
        return rules.eligibility().judge(profile, now);
    }
}

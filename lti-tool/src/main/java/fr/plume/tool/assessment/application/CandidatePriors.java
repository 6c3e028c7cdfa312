package fr.plume.tool.assessment.application;

import fr.plume.tool.assessment.api.CompetencyResults;
import fr.plume.tool.assessment.api.LatestLevel;
import fr.plume.tool.assessment.api.ResultMode;
import fr.plume.tool.assessment.engine.ScoringConfiguration;
import fr.plume.tool.assessment.engine.profile.ProfilePrior;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The prior a certifying (or mock certifying) attempt starts from: the candidate's diagnostic
 * profile, the one the eligibility rule reads ({@link CompetencyResults#profileOf}), counting only
 * the levels estimated within the rule's months; the population prior when none is that recent.
 */
@Component
public class CandidatePriors {

    /** Without the certification module's rule: the default of {@code plume.certification.eligible-months}. */
    public static final int DEFAULT_PROFILE_MONTHS = 12;

    private final CompetencyResults results;
    private final Clock clock;

    public CandidatePriors(CompetencyResults results, Clock clock) {
        this.results = results;
        this.clock = clock;
    }

    public ProfilePrior of(UUID memberId, UUID userId, ScoringConfiguration scoring, int months) {
        Instant since = Instant.now(clock).atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
        List<Integer> levels = results.profileOf(memberId, userId, Set.of(ResultMode.DIAGNOSTIC)).stream()
                .filter(level -> !level.completedAt().isBefore(since))
                .map(LatestLevel::level)
                .toList();
        return ProfilePrior.fromLevels(levels, scoring);
    }
}

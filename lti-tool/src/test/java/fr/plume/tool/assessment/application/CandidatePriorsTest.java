package fr.plume.tool.assessment.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.assessment.api.CompetencyResults;
import fr.plume.tool.assessment.api.LatestLevel;
import fr.plume.tool.assessment.api.ResultMode;
import fr.plume.tool.assessment.engine.ScoringConfigurations;
import fr.plume.tool.assessment.engine.profile.ProfilePrior;
import fr.plume.tool.support.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CandidatePriorsTest {

    private final MovableClock clock = MovableClock.stopped();
    private final UUID member = UUID.randomUUID();
    private final UUID user = UUID.randomUUID();
    private final List<LatestLevel> profile = new ArrayList<>();
    private final List<Set<ResultMode>> asked = new ArrayList<>();
    private final CandidatePriors priors = new CandidatePriors(new CompetencyResults() {
        @Override
        public List<LatestLevel> latestFor(UUID memberId, UUID contextId, Set<ResultMode> modes) {
            return List.of();
        }

        @Override
        public List<LatestLevel> profileOf(UUID memberId, UUID userId, Set<ResultMode> modes) {
            asked.add(modes);
            return memberId.equals(member) && userId.equals(user) ? profile : List.of();
        }
    }, clock);

    @Test
    void countsOnlyTheDiagnosticLevelsWithinTheRulesMonths() {
        Instant now = clock.instant();
        profile.add(level("1.1", 4, now.minus(Duration.ofDays(10))));
        profile.add(level("1.2", 6, now.minus(Duration.ofDays(200))));

        ProfilePrior sixMonths = priors.of(member, user, ScoringConfigurations.INITIAL, 6);
        ProfilePrior twelveMonths = priors.of(member, user, ScoringConfigurations.INITIAL, 12);

        assertThat(sixMonths).isEqualTo(ProfilePrior.fromLevels(List.of(4), ScoringConfigurations.INITIAL));
        assertThat(twelveMonths).isEqualTo(ProfilePrior.fromLevels(List.of(4, 6), ScoringConfigurations.INITIAL));
        assertThat(asked).allMatch(modes -> modes.equals(Set.of(ResultMode.DIAGNOSTIC)));
    }

    @Test
    void withoutARecentProfileThePopulationPrior() {
        profile.add(level("1.1", 6, clock.instant().minus(Duration.ofDays(800))));

        assertThat(priors.of(member, user, ScoringConfigurations.INITIAL, 12)).isEqualTo(ProfilePrior.population());
        assertThat(priors.of(UUID.randomUUID(), user, ScoringConfigurations.INITIAL, 12))
                .isEqualTo(ProfilePrior.population());
    }

    private static LatestLevel level(String competency, int level, Instant at) {
        return new LatestLevel(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                ResultMode.DIAGNOSTIC, competency, level, at);
    }
}

package fr.plume.tool.assessment.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.assessment.engine.EstimationSettings;
import fr.plume.tool.assessment.engine.ItemBank;
import fr.plume.tool.assessment.engine.ItemParameters;
import fr.plume.tool.assessment.engine.ScoringConfiguration;
import fr.plume.tool.assessment.engine.ScoringConfigurations;
import fr.plume.tool.assessment.engine.cat.AdaptiveTest;
import fr.plume.tool.assessment.engine.cat.CandidateContext;
import fr.plume.tool.assessment.engine.cat.TestBlueprint;
import fr.plume.tool.assessment.engine.irt.TwoParameterLogistic;
import fr.plume.tool.assessment.engine.profile.ProfilePrior;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The certifying test starting from the candidate's profile (issue 17): a misleading profile does
 * not change the certified levels materially (they come from the WLE, which has no prior), while
 * an accurate one starts the test near the candidate. Seeded; the same candidates and answer draws
 * under each prior.
 */
class ProfilePriorSimulationTest {

    private static final ItemBank BANK = ItemBank.of(SampleShapedBank.generate(20, new SplittableRandom(2026)));
    private static final ScoringConfiguration SCORING = ScoringConfigurations.INITIAL;
    private static final int CANDIDATES = 400;

    @Test
    void aMisleadingProfileLeavesTheCertifiedLevelsMateriallyUnchanged() {
        Outcome population = simulate(theta -> Double.NaN);
        // Two population SDs off, towards the far end: the worst a stale or borrowed profile can be.
        Outcome misleading = simulate(theta -> theta < 0 ? 2.0 : -2.0);

        assertThat(Math.abs(misleading.exactRate() - population.exactRate())).isLessThanOrEqualTo(0.04);
        assertThat(misleading.withinOneRate()).isGreaterThanOrEqualTo(0.99);
        assertThat(totalVariation(misleading.levelShares(), population.levelShares())).isLessThanOrEqualTo(0.05);
    }

    @Test
    void anAccurateProfileStartsTheTestNearTheCandidate() {
        Outcome population = simulate(theta -> Double.NaN);
        Outcome accurate = simulate(theta -> theta);

        assertThat(accurate.meanFirstItemDistance()).isLessThan(population.meanFirstItemDistance() - 0.3);
        assertThat(accurate.meanLength()).isLessThanOrEqualTo(population.meanLength() + 0.5);
    }

    /** @param profileMean the profile's θ for a candidate of true θ; NaN: no profile (population prior) */
    private static Outcome simulate(DoubleUnaryOperator profileMean) {
        SplittableRandom people = new SplittableRandom(17);
        int exact = 0;
        int withinOne = 0;
        int[] levels = new int[ScoringConfiguration.LEVELS];
        double firstDistance = 0;
        long length = 0;
        for (int n = 0; n < CANDIDATES; n++) {
            double theta = normal(people);
            SplittableRandom candidate = new SplittableRandom(people.nextLong());
            double mean = profileMean.applyAsDouble(theta);
            AdaptiveTest test = start(Double.isNaN(mean) ? Optional.empty()
                    : Optional.of(ProfilePrior.fromLevels(List.of(SCORING.level(mean)), SCORING)));
            Optional<ItemParameters> next = test.nextItem(candidate);
            firstDistance += Math.abs(next.orElseThrow().b() - theta);
            while (next.isPresent()) {
                ItemParameters item = next.get();
                test.record(item, candidate.nextDouble() < TwoParameterLogistic.probability(item.a(), item.b(), theta));
                next = test.nextItem(candidate);
            }
            int level = test.estimate().level();
            int trueLevel = SCORING.level(theta);
            exact += level == trueLevel ? 1 : 0;
            withinOne += Math.abs(level - trueLevel) <= 1 ? 1 : 0;
            levels[level - 1]++;
            length += test.answeredCount();
        }
        double[] shares = new double[levels.length];
        for (int l = 0; l < levels.length; l++) {
            shares[l] = (double) levels[l] / CANDIDATES;
        }
        return new Outcome((double) exact / CANDIDATES, (double) withinOne / CANDIDATES, shares,
                firstDistance / CANDIDATES, (double) length / CANDIDATES);
    }

    /** As the delivery does: the prior's settings, and the first item chosen at the prior's mean. */
    private static AdaptiveTest start(Optional<ProfilePrior> prior) {
        TestBlueprint blueprint = TestBlueprint.certification();
        if (prior.isEmpty()) {
            return AdaptiveTest.start(BANK, blueprint, CandidateContext.firstAttempt(), SCORING);
        }
        return AdaptiveTest.start(BANK, blueprint.withStartTheta(prior.get().mean()), CandidateContext.firstAttempt(),
                SCORING, prior.get().settings(EstimationSettings.defaults()));
    }

    private static double totalVariation(double[] p, double[] q) {
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            sum += Math.abs(p[i] - q[i]);
        }
        return sum / 2;
    }

    private static double normal(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
    }

    private record Outcome(double exactRate, double withinOneRate, double[] levelShares, double meanFirstItemDistance,
            double meanLength) {
    }
}

package fr.plume.tool.assessment.application;

import fr.plume.tool.assessment.domain.AbilityPosterior;
import fr.plume.tool.assessment.domain.Attempt;
import fr.plume.tool.assessment.domain.AttemptProgress;
import fr.plume.tool.assessment.domain.Attempts;
import fr.plume.tool.assessment.engine.EstimationSettings;
import fr.plume.tool.assessment.engine.ItemBank;
import fr.plume.tool.assessment.engine.irt.LogDensity;
import fr.plume.tool.assessment.engine.ScoredResponse;
import fr.plume.tool.assessment.engine.ScoringConfiguration;
import fr.plume.tool.assessment.engine.ScoringConfigurations;
import fr.plume.tool.assessment.engine.cat.AdaptiveTest;
import fr.plume.tool.assessment.engine.cat.CandidateContext;
import fr.plume.tool.assessment.engine.cat.TestBlueprint;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the engine state of an attempt from what is stored: nothing lives only in memory. θ is
 * restored from the stored posterior when it holds every scored answer, else rebuilt from them.
 */
@Component
public class AttemptState {

    private static final ScoringConfigurations SCORING = ScoringConfigurations.standard();
    private static final int GRID_POINTS = EstimationSettings.defaults().grid().size();

    private final Attempts attempts;
    private final DeliverableBank bank;

    public AttemptState(Attempts attempts, DeliverableBank bank) {
        this.attempts = attempts;
        this.bank = bank;
    }

    public static TestBlueprint blueprint(Attempt attempt) {
        return switch (attempt.mode()) {
            case DIAGNOSTIC -> TestBlueprint.diagnostic();
            case CERTIFICATION, MOCK_CERTIFICATION -> TestBlueprint.certification();
            case FORMATIVE -> TestBlueprint.formative(attempt.competencies());
        };
    }

    public static ScoringConfiguration scoring(Attempt attempt) {
        return SCORING.version(attempt.scoringVersion());
    }

    public static String scoringVersionFor(java.time.Instant start) {
        return SCORING.forDate(start).version();
    }

    /** The posterior to store after the test's last answer. */
    public static AbilityPosterior posterior(AdaptiveTest test) {
        return new AbilityPosterior(test.logPosterior(), test.answeredCount());
    }

    /**
     * The test as it stands, to record an answer, stop or estimate: which items the student saw in
     * other attempts only matters for choosing the next item, so it is not read.
     */
    public AdaptiveTest rebuild(AttemptProgress progress) {
        return rebuild(progress, new CandidateContext(Set.of(), progress.attempt().accessibleItems()));
    }

    /** The test as it stands, to choose the next item: items seen in other attempts come last. */
    public AdaptiveTest rebuildForSelection(AttemptProgress progress) {
        Attempt attempt = progress.attempt();
        return rebuild(progress, new CandidateContext(
                attempts.seenElsewhere(attempt.memberId(), attempt.userId(), attempt.id()), attempt.accessibleItems()));
    }

    /**
     * A posterior stored before any answer is the prior the attempt started from (a certifying
     * attempt's profile, {@link CandidatePriors}): the first item is chosen at its mean. When the
     * stored posterior is missing or stale, θ is rebuilt from the answers under the population
     * prior; that only moves which items come next, never the level of a certification (WLE).
     */
    private AdaptiveTest rebuild(AttemptProgress progress, CandidateContext candidate) {
        Attempt attempt = progress.attempt();
        List<ScoredResponse> answered = progress.scoredResponses();
        ItemBank items = bank.itemsFor(attempt.mode());
        return progress.currentPosterior()
                .filter(stored -> stored.logDensity().length == GRID_POINTS)
                .map(stored -> AdaptiveTest.resume(items, blueprintFrom(attempt, stored, answered.isEmpty()),
                        candidate, scoring(attempt), answered, stored.logDensity()))
                .orElseGet(() -> AdaptiveTest.resume(items, blueprint(attempt), candidate, scoring(attempt), answered));
    }

    private static TestBlueprint blueprintFrom(Attempt attempt, AbilityPosterior stored, boolean noAnswer) {
        if (!noAnswer) {
            return blueprint(attempt);
        }
        double priorMean = LogDensity.of(EstimationSettings.defaults().grid(), stored.logDensity()).summarize().mean();
        return blueprint(attempt).withStartTheta(priorMean);
    }

    /** The final estimate from these scored answers only (a rescoring), with the attempt's blueprint and scoring. */
    public fr.plume.tool.assessment.engine.AbilityEstimate estimate(Attempt attempt,
            List<ScoredResponse> responses) {
        return AdaptiveTest.resume(bank.current().bank(), blueprint(attempt),
                new CandidateContext(Set.of(), attempt.accessibleItems()), scoring(attempt), responses).estimate();
    }
}

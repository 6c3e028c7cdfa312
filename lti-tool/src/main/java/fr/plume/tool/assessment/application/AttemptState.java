package fr.plume.tool.assessment.application;

import fr.plume.tool.assessment.domain.Attempt;
import fr.plume.tool.assessment.domain.ShownItem;
import fr.plume.tool.assessment.engine.ScoredResponse;
import fr.plume.tool.assessment.engine.ScoringConfiguration;
import fr.plume.tool.assessment.engine.ScoringConfigurations;
import fr.plume.tool.assessment.engine.cat.AdaptiveTest;
import fr.plume.tool.assessment.engine.cat.CandidateContext;
import fr.plume.tool.assessment.engine.cat.TestBlueprint;
import fr.plume.tool.assessment.domain.Attempts;
import java.util.List;
import org.springframework.stereotype.Component;

/** Rebuilds the engine state of an attempt from what is stored: nothing lives only in memory. */
@Component
public class AttemptState {

    private static final ScoringConfigurations SCORING = ScoringConfigurations.standard();

    private final Attempts attempts;
    private final DeliverableBank bank;

    public AttemptState(Attempts attempts, DeliverableBank bank) {
        this.attempts = attempts;
        this.bank = bank;
    }

    public static TestBlueprint blueprint(Attempt attempt) {
        return switch (attempt.mode()) {
            case DIAGNOSTIC -> TestBlueprint.diagnostic();
            case CERTIFICATION -> TestBlueprint.certification();
            case FORMATIVE -> TestBlueprint.formative(attempt.competencies());
        };
    }

    public static ScoringConfiguration scoring(Attempt attempt) {
        return SCORING.version(attempt.scoringVersion());
    }

    public static String scoringVersionFor(java.time.Instant start) {
        return SCORING.forDate(start).version();
    }

    public AdaptiveTest rebuild(Attempt attempt, List<ShownItem> shown) {
        CandidateContext candidate = new CandidateContext(
                attempts.seenElsewhere(attempt.memberId(), attempt.userId(), attempt.id()), attempt.accessibleItems());
        List<ScoredResponse> answered = shown.stream()
                .filter(ShownItem::scored)
                .map(item -> new ScoredResponse(item.parameters(), item.correct()))
                .toList();
        return AdaptiveTest.resume(bank.current().bank(), blueprint(attempt), candidate, scoring(attempt), answered);
    }
}

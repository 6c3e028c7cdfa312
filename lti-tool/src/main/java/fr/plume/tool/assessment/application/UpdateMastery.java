package fr.plume.tool.assessment.application;

import fr.plume.tool.assessment.domain.CompetencyResult;
import fr.plume.tool.assessment.domain.ShownItem;
import fr.plume.tool.assessment.engine.CompetencyEstimate;
import fr.plume.tool.assessment.engine.ScoredResponse;
import fr.plume.tool.assessment.engine.ScoringConfigurations;
import fr.plume.tool.assessment.engine.cat.AdaptiveTest;
import fr.plume.tool.assessment.engine.cat.CandidateContext;
import fr.plume.tool.assessment.engine.cat.TestBlueprint;
import fr.plume.tool.assessment.domain.Attempts;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Mastery per competency from every diagnostic and formative answer of the student (the latest
 * answer to an item counts once), estimated by the engine with the parameters copied at the time.
 */
@Component
public class UpdateMastery {

    private final Attempts attempts;
    private final DeliverableBank bank;
    private final Clock clock;

    public UpdateMastery(Attempts attempts, DeliverableBank bank, Clock clock) {
        this.attempts = attempts;
        this.bank = bank;
        this.clock = clock;
    }

    public List<CompetencyResult> update(UUID memberId, UUID userId) {
        Map<String, ShownItem> latest = new LinkedHashMap<>();
        for (ShownItem item : attempts.answeredForMastery(memberId, userId)) {
            latest.remove(item.parameters().itemId());
            latest.put(item.parameters().itemId(), item);
        }
        List<ScoredResponse> responses = latest.values().stream()
                .map(item -> new ScoredResponse(item.parameters(), item.correct()))
                .toList();
        Instant now = Instant.now(clock);
        AdaptiveTest estimate = AdaptiveTest.resume(bank.current().bank(), TestBlueprint.diagnostic(),
                CandidateContext.firstAttempt(), ScoringConfigurations.standard().forDate(now), responses);
        List<CompetencyResult> updated = estimate.estimate().competencies().values().stream()
                .filter(c -> c.itemCount() > 0)
                .map(UpdateMastery::result)
                .toList();
        attempts.saveMastery(memberId, userId, updated, now);
        return updated;
    }

    static CompetencyResult result(CompetencyEstimate c) {
        return new CompetencyResult(c.competencyCode(), c.theta(), c.standardError(), c.level(), c.levelProbability(),
                c.itemCount());
    }
}

package fr.plume.tool.assessment.application;

import fr.plume.tool.assessment.domain.Attempt;
import fr.plume.tool.assessment.domain.AttemptSummary;
import fr.plume.tool.assessment.domain.Attempts;
import fr.plume.tool.assessment.domain.CompetencyResult;
import fr.plume.tool.assessment.domain.Essay;
import fr.plume.tool.assessment.domain.Essays;
import fr.plume.tool.assessment.domain.ShownItem;
import fr.plume.tool.assessment.engine.ScoredResponse;
import fr.plume.tool.assessment.engine.cat.AdaptiveTest;
import fr.plume.tool.assessment.engine.cat.CandidateContext;
import fr.plume.tool.assessment.engine.cat.TestMode;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a student's attempt reported: its global result, its levels per domain (the main profile,
 * for a diagnostic) and per competency and, for a writing session, the essay.
 */
@Component
public class ShowResults {

    private final Attempts attempts;
    private final Essays essays;
    private final DeliverableBank bank;

    public ShowResults(Attempts attempts, Essays essays, DeliverableBank bank) {
        this.attempts = attempts;
        this.essays = essays;
        this.bank = bank;
    }

    /**
     * @param summary       the global result, null while in progress and for a writing session
     * @param competencies  levels per competency, by competency code
     * @param essay         the essay of a writing session, else null
     * @param answeredCount items answered in the attempt
     * @param domains       levels per domain of a diagnostic (each domain borrows strength from the
     *                      others, see the engine's higher-order profile), else empty
     */
    public record Results(Attempt attempt, AttemptSummary summary, List<CompetencyResult> competencies, Essay essay,
            long answeredCount, List<CompetencyResult> domains) {

        public Results(Attempt attempt, AttemptSummary summary, List<CompetencyResult> competencies, Essay essay,
                long answeredCount) {
            this(attempt, summary, competencies, essay, answeredCount, List.of());
        }
    }

    @Transactional(readOnly = true)
    public Results of(Student student, UUID attemptId) {
        Attempt attempt = attempts.find(student.memberId(), student.userId(), attemptId)
                .orElseThrow(ShowNextItem::notFound);
        if (attempt.inProgress()) {
            return new Results(attempt, null, List.of(), null, 0);
        }
        List<ShownItem> shown = attempts.shown(student.memberId(), attemptId);
        return new Results(attempt, attempts.summary(student.memberId(), attemptId).orElse(null),
                attempts.competencyResults(student.memberId(), attemptId),
                attempt.writing() ? essays.ofAttempt(student.memberId(), student.userId(), attemptId).orElse(null) : null,
                shown.stream().filter(ShownItem::answered).count(), domains(attempt, shown));
    }

    /** Recomputed from the answers and the parameters copied with them: nothing more to store. */
    private List<CompetencyResult> domains(Attempt attempt, List<ShownItem> shown) {
        boolean profiled = attempt.mode() == TestMode.DIAGNOSTIC || attempt.mode() == TestMode.MOCK_CERTIFICATION;
        if (!profiled || attempt.writing()) {
            return List.of();
        }
        List<ScoredResponse> answered = shown.stream().filter(ShownItem::scored)
                .map(item -> new ScoredResponse(item.parameters(), item.correct())).toList();
        AdaptiveTest test = AdaptiveTest.resume(bank.current().bank(), AttemptState.blueprint(attempt),
                new CandidateContext(Set.of(), attempt.accessibleItems()), AttemptState.scoring(attempt), answered);
        return test.estimate().domains().values().stream()
                .map(d -> new CompetencyResult(d.domainCode(), d.theta(), d.standardError(), d.level(),
                        d.levelProbability(), d.itemCount()))
                .toList();
    }
}

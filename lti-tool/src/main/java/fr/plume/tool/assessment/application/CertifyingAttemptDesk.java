package fr.plume.tool.assessment.application;

import fr.plume.tool.assessment.api.CertifyingAttempts;
import fr.plume.tool.assessment.domain.Attempt;
import fr.plume.tool.assessment.domain.AttemptProgress;
import fr.plume.tool.assessment.domain.AttemptSummary;
import fr.plume.tool.assessment.domain.Attempts;
import fr.plume.tool.assessment.domain.EndReason;
import fr.plume.tool.assessment.domain.ShownItem;
import fr.plume.tool.assessment.engine.AbilityEstimate;
import fr.plume.tool.assessment.engine.ScoredResponse;
import fr.plume.tool.assessment.engine.cat.TestMode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Describes a certifying attempt to the certification module (progress, time, result) and ends one
 * when the invigilator ends a candidate's test: the attempt completes as any other (answers kept,
 * validity rule applied, a valid result held for publication).
 */
@Component
public class CertifyingAttemptDesk implements CertifyingAttempts {

    private static final Logger log = LoggerFactory.getLogger(CertifyingAttemptDesk.class);

    private final Attempts attempts;
    private final AttemptState state;
    private final CompleteAttempt complete;

    CertifyingAttemptDesk(Attempts attempts, AttemptState state, CompleteAttempt complete) {
        this.attempts = attempts;
        this.state = state;
        this.complete = complete;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CertifyingAttempt> describe(UUID memberId, UUID userId, UUID attemptId) {
        return attempts.find(memberId, userId, attemptId).filter(a -> a.mode() == TestMode.CERTIFICATION)
                .map(this::describe);
    }

    private CertifyingAttempt describe(Attempt attempt) {
        List<Instant> answeredAt = attempts.shown(attempt.memberId(), attempt.id()).stream()
                .filter(ShownItem::answered).map(ShownItem::answeredAt).toList();
        Optional<AttemptSummary> summary = attempt.inProgress() || attempt.invalid() ? Optional.empty()
                : attempts.summary(attempt.memberId(), attempt.id());
        List<CompetencyLevel> competencies = summary.isEmpty() ? List.of()
                : attempts.competencyResults(attempt.memberId(), attempt.id()).stream()
                        .map(r -> new CompetencyLevel(r.competency(), r.level(), r.standardError())).toList();
        Integer margin = summary.map(s -> (int) Math.round(1.96
                * AttemptState.scoring(attempt).scaledStandardError(s.standardError()))).orElse(null);
        return new CertifyingAttempt(attempt.id(), attempt.inProgress(), attempt.startedAt(), attempt.deadline(),
                answeredAt, attempt.validity() == null ? null : attempt.validity().valid(),
                summary.map(AttemptSummary::scaledScore).orElse(null),
                summary.map(AttemptSummary::scoreMaximum).orElse(null), margin,
                summary.map(AttemptSummary::level).orElse(null), competencies);
    }

    @Override
    @Transactional
    public boolean end(UUID memberId, UUID userId, UUID attemptId) {
        Optional<AttemptProgress> locked = attempts.lock(memberId, userId, attemptId);
        if (locked.isEmpty() || locked.get().attempt().mode() != TestMode.CERTIFICATION
                || !locked.get().attempt().inProgress()) {
            return false;
        }
        complete.complete(locked.get().attempt(), state.rebuild(locked.get()), EndReason.ENDED_BY_INVIGILATOR);
        log.info("event=attempt.ended-by-invigilator member={} attempt={}", memberId, attemptId);
        return true;
    }

    @Override
    @Transactional
    public Optional<Rescored> rescoreWithout(UUID memberId, UUID userId, UUID attemptId,
            Set<Instant> neutralisedAnsweredAt) {
        return attempts.lock(memberId, userId, attemptId)
                .filter(p -> p.attempt().mode() == TestMode.CERTIFICATION && !p.attempt().inProgress()
                        && !p.attempt().invalid())
                .map(progress -> {
                    List<ScoredResponse> kept = progress.shown().stream().filter(ShownItem::scored)
                            .filter(item -> !neutralisedAnsweredAt.contains(item.answeredAt()))
                            .map(item -> new ScoredResponse(item.parameters(), item.correct())).toList();
                    AbilityEstimate estimate = state.estimate(progress.attempt(), kept);
                    List<CompetencyLevel> competencies = estimate.competencies().values().stream()
                            .map(c -> new CompetencyLevel(c.competencyCode(), c.level(), c.standardError())).toList();
                    return new Rescored(estimate.scaledScore(), (int) Math.round(1.96 * estimate.scaledStandardError()),
                            estimate.level(), competencies, kept.size());
                });
    }
}

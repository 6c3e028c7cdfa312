package fr.plume.tool.assessment.application;

import fr.plume.framework.content.Response;
import fr.plume.tool.assessment.domain.AbilityPosterior;
import fr.plume.tool.assessment.domain.Attempt;
import fr.plume.tool.assessment.domain.AttemptProgress;
import fr.plume.tool.assessment.domain.AttemptStatus;
import fr.plume.tool.assessment.domain.AttemptSummary;
import fr.plume.tool.assessment.domain.Attempts;
import fr.plume.tool.assessment.domain.CertificationSeat;
import fr.plume.tool.assessment.domain.CompetencyResult;
import fr.plume.tool.assessment.domain.EndReason;
import fr.plume.tool.assessment.domain.ShownItem;
import fr.plume.tool.assessment.domain.Validity;
import fr.plume.tool.assessment.engine.AbilityEstimate;
import fr.plume.tool.assessment.engine.cat.TestMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The {@link Attempts} port in memory, for unit tests of the use cases: the same rules as the SQL
 * adapter (one member, one user, a token answers only the pending item) and a count of the calls
 * each request makes.
 */
final class InMemoryAttempts implements Attempts {

    final Map<UUID, Attempt> attempts = new LinkedHashMap<>();
    final Map<UUID, List<ShownItem>> shown = new HashMap<>();
    final Map<UUID, AbilityPosterior> posteriors = new HashMap<>();
    final Map<UUID, Response> responses = new HashMap<>();
    final Map<UUID, AbilityEstimate> estimates = new HashMap<>();
    final Map<UUID, Map<String, CompetencyResult>> mastery = new HashMap<>();
    final Map<UUID, Map.Entry<String, Integer>> seats = new HashMap<>();
    /** Calls by method name since the last {@link #resetCalls()}. */
    final Map<String, Integer> calls = new TreeMap<>();

    void resetCalls() {
        calls.clear();
    }

    int totalCalls() {
        return calls.values().stream().mapToInt(Integer::intValue).sum();
    }

    private void call(String method) {
        calls.merge(method, 1, Integer::sum);
    }

    private Optional<Attempt> mine(UUID memberId, UUID userId, UUID attemptId) {
        return Optional.ofNullable(attempts.get(attemptId))
                .filter(a -> a.memberId().equals(memberId) && a.userId().equals(userId));
    }

    @Override
    public void insert(Attempt attempt) {
        call("insert");
        attempts.put(attempt.id(), attempt);
    }

    @Override
    public boolean insertCertifying(Attempt attempt, String certificationId, int seat) {
        call("insertCertifying");
        boolean taken = seats.entrySet().stream().anyMatch(e -> attempts.get(e.getKey()).userId().equals(attempt.userId())
                && e.getValue().getKey().equals(certificationId) && e.getValue().getValue() == seat);
        if (taken) {
            return false;
        }
        attempts.put(attempt.id(), attempt);
        seats.put(attempt.id(), Map.entry(certificationId, seat));
        return true;
    }

    @Override
    public Optional<Attempt> find(UUID memberId, UUID userId, UUID attemptId) {
        call("find");
        return mine(memberId, userId, attemptId);
    }

    @Override
    public Optional<AttemptProgress> lock(UUID memberId, UUID userId, UUID attemptId) {
        call("lock");
        return mine(memberId, userId, attemptId).map(attempt -> new AttemptProgress(attempt,
                shown.getOrDefault(attemptId, List.of()), posteriors.get(attemptId)));
    }

    @Override
    public List<Attempt> ofUser(UUID memberId, UUID userId) {
        call("ofUser");
        return attempts.values().stream().filter(a -> a.memberId().equals(memberId) && a.userId().equals(userId))
                .sorted(Comparator.comparing(Attempt::startedAt).reversed()).toList();
    }

    @Override
    public List<CertificationSeat> certificationSeats(UUID memberId, UUID userId, String certificationId) {
        call("certificationSeats");
        return seats.entrySet().stream().filter(e -> e.getValue().getKey().equals(certificationId))
                .map(e -> new CertificationSeat(e.getValue().getValue(), attempts.get(e.getKey())))
                .filter(seat -> seat.attempt().memberId().equals(memberId) && seat.attempt().userId().equals(userId))
                .sorted(Comparator.comparingInt(CertificationSeat::number)).toList();
    }

    @Override
    public void insertShown(UUID memberId, ShownItem item) {
        call("insertShown");
        shown.computeIfAbsent(item.attemptId(), id -> new ArrayList<>()).add(item);
    }

    @Override
    public List<ShownItem> shown(UUID memberId, UUID attemptId) {
        call("shown");
        return List.copyOf(shown.getOrDefault(attemptId, List.of()));
    }

    private boolean answer(UUID attemptId, int position, String token, Instant at, Boolean correct, Double credit) {
        List<ShownItem> items = shown.getOrDefault(attemptId, List.of());
        for (int i = 0; i < items.size(); i++) {
            ShownItem item = items.get(i);
            if (item.position() == position && item.token().equals(token) && !item.answered()) {
                items.set(i, item.answer(at, correct, credit));
                return true;
            }
        }
        return false;
    }

    @Override
    public void savePrior(UUID memberId, UUID attemptId, AbilityPosterior prior) {
        posteriors.put(attemptId, prior);
    }

    @Override
    public boolean saveAnswer(UUID memberId, UUID attemptId, int position, String token, Response canonical,
            boolean correct, double credit, Instant at, AbilityPosterior posterior) {
        call("saveAnswer");
        if (!answer(attemptId, position, token, at, correct, credit)) {
            return false;
        }
        responses.put(UUID.nameUUIDFromBytes((attemptId + "/" + position).getBytes()), canonical);
        posteriors.put(attemptId, posterior);
        return true;
    }

    @Override
    public boolean saveAwaitingMarking(UUID memberId, UUID attemptId, int position, String token, Instant at) {
        call("saveAwaitingMarking");
        return answer(attemptId, position, token, at, null, null);
    }

    @Override
    public Set<String> seenElsewhere(UUID memberId, UUID userId, UUID attemptId) {
        call("seenElsewhere");
        return attempts.values().stream()
                .filter(a -> a.memberId().equals(memberId) && a.userId().equals(userId) && !a.id().equals(attemptId))
                .flatMap(a -> shown.getOrDefault(a.id(), List.of()).stream())
                .map(item -> item.itemId().toString()).collect(Collectors.toSet());
    }

    @Override
    public List<ShownItem> answeredForMastery(UUID memberId, UUID userId) {
        call("answeredForMastery");
        return attempts.values().stream()
                .filter(a -> a.memberId().equals(memberId) && a.userId().equals(userId)
                        && a.mode() != TestMode.CERTIFICATION)
                .flatMap(a -> shown.getOrDefault(a.id(), List.of()).stream())
                .filter(ShownItem::scored)
                .sorted(Comparator.comparing(ShownItem::answeredAt).thenComparingInt(ShownItem::position))
                .toList();
    }

    private void end(Attempt attempt, EndReason reason, Instant at, Validity validity) {
        Attempt current = attempts.get(attempt.id());
        if (current.inProgress()) {
            attempts.put(attempt.id(), new Attempt(current.id(), current.memberId(), current.userId(),
                    current.resourceLinkId(), current.contextId(), current.mode(), current.competencies(),
                    current.seed(), current.accessibleItems(), current.extraTimePercent(), current.scoringVersion(),
                    current.startedAt(), current.deadline(), AttemptStatus.COMPLETED, reason, at, current.writing(),
                    validity));
        }
    }

    @Override
    public void complete(Attempt attempt, EndReason reason, Instant at, Validity validity, AbilityEstimate estimate,
            int scoreMaximum) {
        call("complete");
        end(attempt, reason, at, validity);
        estimates.put(attempt.id(), estimate);
    }

    @Override
    public void completeWithoutScore(Attempt attempt, EndReason reason, Instant at) {
        call("completeWithoutScore");
        end(attempt, reason, at, Validity.VALID);
    }

    @Override
    public Optional<AttemptSummary> summary(UUID memberId, UUID attemptId) {
        call("summary");
        return Optional.ofNullable(estimates.get(attemptId)).map(e -> new AttemptSummary(e.level(), e.scaledScore(),
                AttemptState.scoring(attempts.get(attemptId)).scaleMax(), e.standardError()));
    }

    @Override
    public List<CompetencyResult> competencyResults(UUID memberId, UUID attemptId) {
        call("competencyResults");
        return Optional.ofNullable(estimates.get(attemptId)).stream()
                .flatMap(e -> e.competencies().values().stream()).map(UpdateMastery::result)
                .sorted(Comparator.comparing(CompetencyResult::competency)).toList();
    }

    @Override
    public void saveMastery(UUID memberId, UUID userId, List<CompetencyResult> results, Instant at) {
        call("saveMastery");
        results.forEach(result -> mastery.computeIfAbsent(userId, id -> new TreeMap<>()).put(result.competency(),
                result));
    }

    @Override
    public List<CompetencyResult> mastery(UUID memberId, UUID userId) {
        call("mastery");
        return List.copyOf(mastery.getOrDefault(userId, Map.of()).values());
    }
}

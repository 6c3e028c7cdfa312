package fr.plume.tool.assessment.engine.cat;

import static fr.plume.tool.assessment.engine.cat.SelectNextItem.AVAILABLE;
import static fr.plume.tool.assessment.engine.cat.SelectNextItem.BLOCKED;
import static fr.plume.tool.assessment.engine.cat.SelectNextItem.SEEN_BEFORE;

import fr.plume.tool.assessment.engine.AbilityEstimate;
import fr.plume.tool.assessment.engine.CompetencyEstimate;
import fr.plume.tool.assessment.engine.EstimationSettings;
import fr.plume.tool.assessment.engine.ItemBank;
import fr.plume.tool.assessment.engine.ItemParameters;
import fr.plume.tool.assessment.engine.ScoredResponse;
import fr.plume.tool.assessment.engine.ScoringConfiguration;
import fr.plume.tool.assessment.engine.irt.LogDensity;
import fr.plume.tool.assessment.engine.irt.PosteriorSummary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * One candidate's adaptive test in progress. The state is entirely derived from the answered
 * responses, so after a restart {@link #resume} rebuilds it from the persisted
 * (item parameters, correct) list. Mutable and not thread-safe: one instance per request/attempt.
 *
 * <p>Typical use by the delivery code:
 * <pre>{@code
 * AdaptiveTest test = AdaptiveTest.resume(bank, TestBlueprint.diagnostic(), candidate, scoring, saved);
 * Optional<ItemParameters> next = test.nextItem(random);   // copy next.get() into the attempt
 * ...
 * test.record(new ScoredResponse(shownItem, correct));
 * if (test.stopReason().isPresent()) { AbilityEstimate result = test.estimate(); }
 * }</pre>
 */
public final class AdaptiveTest {

    private final ItemBank bank;
    private final TestBlueprint blueprint;
    private final ScoringConfiguration scoring;
    private final EstimationSettings estimation;
    private final byte[] availability;
    private final boolean[] inScope;
    private final int[] answeredPerCompetency;
    private final LogDensity posterior;
    private final Map<String, Integer> answersPerCompetencyCode = new LinkedHashMap<>();
    private final Set<String> administeredItemIds = new HashSet<>();
    private final List<ScoredResponse> responses = new ArrayList<>();
    private PosteriorSummary current;
    private boolean bankExhausted;

    private AdaptiveTest(ItemBank bank, TestBlueprint blueprint, CandidateContext candidate,
                         ScoringConfiguration scoring, EstimationSettings estimation, LogDensity posterior) {
        this.bank = Objects.requireNonNull(bank, "bank");
        this.blueprint = Objects.requireNonNull(blueprint, "blueprint");
        this.scoring = Objects.requireNonNull(scoring, "scoring");
        this.estimation = Objects.requireNonNull(estimation, "estimation");
        this.availability = new byte[bank.size()];
        for (String seen : candidate.previouslySeenItemIds()) {
            bank.indexOf(seen).ifPresent(i -> availability[i] = SEEN_BEFORE);
        }
        if (candidate.needsAccessibleItems()) {
            for (int i = 0; i < bank.size(); i++) {
                if (!bank.accessible(i)) {
                    availability[i] = BLOCKED;
                }
            }
        }
        List<String> competencies = bank.competencies();
        this.inScope = new boolean[competencies.size()];
        for (int c = 0; c < inScope.length; c++) {
            inScope[c] = blueprint.contentBalance().inScope(competencies.get(c));
            answersPerCompetencyCode.put(competencies.get(c), 0);
        }
        this.answeredPerCompetency = new int[competencies.size()];
        this.posterior = posterior;
        this.current = posterior.summarize();
    }

    public static AdaptiveTest start(ItemBank bank, TestBlueprint blueprint, CandidateContext candidate,
                                     ScoringConfiguration scoring) {
        return start(bank, blueprint, candidate, scoring, EstimationSettings.defaults());
    }

    public static AdaptiveTest start(ItemBank bank, TestBlueprint blueprint, CandidateContext candidate,
                                     ScoringConfiguration scoring, EstimationSettings estimation) {
        return new AdaptiveTest(bank, blueprint, candidate, scoring, estimation, prior(estimation));
    }

    private static LogDensity prior(EstimationSettings estimation) {
        return LogDensity.normal(estimation.grid(), estimation.priorMean(), estimation.priorSd());
    }

    /** Rebuilds a test from its answered responses, in the order they were given. */
    public static AdaptiveTest resume(ItemBank bank, TestBlueprint blueprint, CandidateContext candidate,
                                      ScoringConfiguration scoring, List<ScoredResponse> answered) {
        return resume(bank, blueprint, candidate, scoring, EstimationSettings.defaults(), answered);
    }

    public static AdaptiveTest resume(ItemBank bank, TestBlueprint blueprint, CandidateContext candidate,
                                      ScoringConfiguration scoring, EstimationSettings estimation,
                                      List<ScoredResponse> answered) {
        AdaptiveTest test = new AdaptiveTest(bank, blueprint, candidate, scoring, estimation, prior(estimation));
        answered.forEach(test::record);
        return test;
    }

    /**
     * Resumes a test from the log posterior of the global θ stored after its last answer
     * ({@link #logPosterior()}), so θ is not recomputed from every answer: the answers are only
     * replayed for what the selection and the competency estimates need (items given, families
     * blocked, answers per competency). {@code logPosterior} must already hold exactly these answers.
     */
    public static AdaptiveTest resume(ItemBank bank, TestBlueprint blueprint, CandidateContext candidate,
                                      ScoringConfiguration scoring, List<ScoredResponse> answered,
                                      double[] logPosterior) {
        EstimationSettings estimation = EstimationSettings.defaults();
        AdaptiveTest test = new AdaptiveTest(bank, blueprint, candidate, scoring, estimation,
                LogDensity.of(estimation.grid(), logPosterior));
        answered.forEach(test::register);
        return test;
    }

    /**
     * The next item to show, or empty when the test has stopped. The returned parameters are the
     * ones to copy into the attempt and to pass back in {@link #record}.
     */
    public Optional<ItemParameters> nextItem(RandomGenerator random) {
        if (stopReason().isPresent()) {
            return Optional.empty();
        }
        int index = chooseIndex(random);
        if (index < 0) {
            bankExhausted = true;
            return Optional.empty();
        }
        return Optional.of(bank.item(index));
    }

    /**
     * Adds one answer: one log-likelihood term per grid point on the global posterior (no
     * recomputation from scratch), then blocks the item's family. The competencies' likelihoods
     * are only needed for {@link #estimate()}, which builds them.
     * The item may have left the bank since it was shown; its copied parameters are used.
     */
    public void record(ScoredResponse response) {
        ItemParameters item = response.item();
        if (administeredItemIds.contains(item.itemId())) {
            throw new IllegalStateException("item " + item.itemId() + " was already answered in this test");
        }
        posterior.addAnswer(item.a(), item.b(), response.correct());
        register(response);
        current = posterior.summarize();
    }

    /** Everything an answer changes but the global posterior. */
    private void register(ScoredResponse response) {
        ItemParameters item = response.item();
        if (!administeredItemIds.add(item.itemId())) {
            throw new IllegalStateException("item " + item.itemId() + " was already answered in this test");
        }
        answersPerCompetencyCode.merge(item.competencyCode(), 1, Integer::sum);
        int competency = bank.competencyIndex(item.competencyCode());
        if (competency >= 0) {
            answeredPerCompetency[competency]++;
        }
        for (int member : bank.familyMembers(item.familyId())) {
            availability[member] = BLOCKED;
        }
        OptionalInt index = bank.indexOf(item.itemId());
        if (index.isPresent()) {
            availability[index.getAsInt()] = BLOCKED;
        }
        responses.add(response);
    }

    public void record(ItemParameters item, boolean correct) {
        record(new ScoredResponse(item, correct));
    }

    /** Present once the blueprint's stopping rule is met or no eligible item remains. */
    public Optional<StopReason> stopReason() {
        if (bankExhausted) {
            return Optional.of(StopReason.BANK_EXHAUSTED);
        }
        return blueprint.stoppingRule().evaluate(responses.size(), current.standardDeviation(), contentMinimaMet());
    }

    /** Current EAP of the global θ (cheap: kept up to date by {@link #record}). */
    public double theta() {
        return current.mean();
    }

    /** The log posterior of the global θ on the quadrature grid (a copy): what {@link #resume} restores. */
    public double[] logPosterior() {
        return posterior.values();
    }

    /** Current posterior SD of the global θ. */
    public double standardError() {
        return current.standardDeviation();
    }

    public int answeredCount() {
        return responses.size();
    }

    public List<ScoredResponse> responses() {
        return Collections.unmodifiableList(responses);
    }

    public TestBlueprint blueprint() {
        return blueprint;
    }

    /**
     * Global and per-competency estimates with levels and scaled score. θ_c is the EAP of the
     * competency's likelihood under the prior N(θ̂₋c, τ² + SE₋c²), where θ̂₋c and SE₋c come from
     * the global posterior without that competency's answers (a two-level normal model:
     * θ_c = θ + δ_c, δ_c ~ N(0, τ²)), so competencies with few or no items shrink to the global θ.
     */
    public AbilityEstimate estimate() {
        Map<String, CompetencyEstimate> competencies = new LinkedHashMap<>();
        double spread = estimation.competencySpreadSd();
        for (Map.Entry<String, LogDensity> entry : competencyLikelihoods().entrySet()) {
            String code = entry.getKey();
            LogDensity likelihood = entry.getValue();
            int count = answersPerCompetencyCode.getOrDefault(code, 0);
            PosteriorSummary rest = count == 0 ? current : posterior.summarizeWithout(likelihood);
            double priorSd = Math.sqrt(spread * spread + rest.standardDeviation() * rest.standardDeviation());
            PosteriorSummary summary = likelihood.summarizeWithNormalPrior(rest.mean(), priorSd);
            int level = scoring.level(summary.mean());
            double levelProbability = likelihood.massWithNormalPrior(rest.mean(), priorSd,
                    scoring.levelLowerBound(level), scoring.levelUpperBound(level));
            competencies.put(code, new CompetencyEstimate(code, summary.mean(), summary.standardDeviation(), level,
                    levelProbability, count));
        }
        int level = scoring.level(current.mean());
        double levelProbability = posterior.mass(scoring.levelLowerBound(level), scoring.levelUpperBound(level));
        return new AbilityEstimate(current.mean(), current.standardDeviation(), level, levelProbability,
                scoring.scaledScore(current.mean()), scoring.scaledStandardError(current.standardDeviation()),
                scoring.version(), responses.size(), competencies);
    }

    /** The likelihood of each competency's answers: the bank's competencies first, in bank order. */
    private Map<String, LogDensity> competencyLikelihoods() {
        Map<String, LogDensity> likelihoods = new LinkedHashMap<>();
        bank.competencies().forEach(code -> likelihoods.put(code, LogDensity.flat(estimation.grid())));
        for (ScoredResponse response : responses) {
            ItemParameters item = response.item();
            likelihoods.computeIfAbsent(item.competencyCode(), code -> LogDensity.flat(estimation.grid()))
                    .addAnswer(item.a(), item.b(), response.correct());
        }
        return likelihoods;
    }

    /**
     * Content balancing in the manner of Kingsbury &amp; Zara (1989): the next competency is the
     * eligible one with the fewest items so far (ties drawn at random), then the most informative
     * items of that competency compete in the randomesque draw. Eligible, in order of preference:
     * competencies under their minimum, then under their maximum, then any in scope; unseen items
     * before items seen in earlier attempts; the current a-stratum before all strata. Family,
     * accessibility and already-given items are never relaxed.
     */
    private int chooseIndex(RandomGenerator random) {
        double theta = responses.isEmpty() ? blueprint.startTheta() : current.mean();
        ContentBalance balance = blueprint.contentBalance();
        int[] order = competenciesByFewestItems(random);
        int strata = blueprint.exposureStrata();
        int stage = Math.min(strata - 1, responses.size() * strata / blueprint.stoppingRule().maxItems());
        double minRank = (double) stage / strata;
        double maxRank = (double) (stage + 1) / strata;
        int[] limits = {balance.minPerCompetency(), balance.maxPerCompetency(), balance.minPerCompetency(),
                balance.maxPerCompetency(), Integer.MAX_VALUE};
        byte[] availabilities = {AVAILABLE, AVAILABLE, SEEN_BEFORE, SEEN_BEFORE, SEEN_BEFORE};
        int k = blueprint.randomesqueSize();
        int[] single = new int[1];
        for (int pass = 0; pass < limits.length; pass++) {
            for (int c : order) {
                if (answeredPerCompetency[c] >= limits[pass]) {
                    continue;
                }
                single[0] = c;
                int index = SelectNextItem.select(bank, availability, single, availabilities[pass], minRank, maxRank,
                        theta, k, random);
                if (index < 0 && strata > 1) {
                    index = SelectNextItem.select(bank, availability, single, availabilities[pass], 0.0, 1.0,
                            theta, k, random);
                }
                if (index >= 0) {
                    return index;
                }
            }
        }
        return -1;
    }

    /** Competencies in scope, fewest answered first, ties in random order. */
    private int[] competenciesByFewestItems(RandomGenerator random) {
        int count = 0;
        int[] order = new int[inScope.length];
        for (int c = 0; c < inScope.length; c++) {
            if (inScope[c]) {
                order[count++] = c;
            }
        }
        for (int i = count - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        // insertion sort by count keeps the shuffled order among ties (stable)
        for (int i = 1; i < count; i++) {
            int c = order[i];
            int j = i - 1;
            while (j >= 0 && answeredPerCompetency[order[j]] > answeredPerCompetency[c]) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = c;
        }
        return Arrays.copyOf(order, count);
    }

    /** Minima count as met for competencies with no item left that this candidate may get. */
    private boolean contentMinimaMet() {
        int minimum = blueprint.contentBalance().minPerCompetency();
        for (int c = 0; c < inScope.length; c++) {
            if (inScope[c] && answeredPerCompetency[c] < minimum && hasEligibleItem(c)) {
                return false;
            }
        }
        return true;
    }

    private boolean hasEligibleItem(int competency) {
        for (int i = bank.competencyStart(competency); i < bank.competencyEnd(competency); i++) {
            if (availability[i] != BLOCKED) {
                return true;
            }
        }
        return false;
    }
}

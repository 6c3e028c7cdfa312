package fr.plume.tool.assessment.engine.cat;

import static fr.plume.tool.assessment.engine.cat.SelectNextItem.AVAILABLE;
import static fr.plume.tool.assessment.engine.cat.SelectNextItem.BLOCKED;
import static fr.plume.tool.assessment.engine.cat.SelectNextItem.SEEN_BEFORE;

import fr.plume.tool.assessment.engine.AbilityEstimate;
import fr.plume.tool.assessment.engine.CompetencyEstimate;
import fr.plume.tool.assessment.engine.DomainEstimate;
import fr.plume.tool.assessment.engine.EstimationSettings;
import fr.plume.tool.assessment.engine.ItemBank;
import fr.plume.tool.assessment.engine.ItemParameters;
import fr.plume.tool.assessment.engine.ScoredResponse;
import fr.plume.tool.assessment.engine.ScoringConfiguration;
import fr.plume.tool.assessment.engine.irt.LogDensity;
import fr.plume.tool.assessment.engine.irt.NormalDistribution;
import fr.plume.tool.assessment.engine.irt.PosteriorSummary;
import fr.plume.tool.assessment.engine.irt.TwoParameterLogistic;
import fr.plume.tool.assessment.engine.irt.WeightedLikelihood;
import fr.plume.tool.assessment.engine.profile.DomainCodes;
import fr.plume.tool.assessment.engine.profile.HigherOrderProfile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
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

    /** Added to an item's availability while Sympson–Hetter sets it aside: above every state. */
    private static final byte SET_ASIDE = 8;

    private final ItemBank bank;
    private final TestBlueprint blueprint;
    private final ScoringConfiguration scoring;
    private final EstimationSettings estimation;
    private final byte[] availability;
    private final boolean[] inScope;
    private final int[] answeredPerCompetency;
    private final int[] domainOf;
    private final int domainCount;
    private final LogDensity posterior;
    private final Map<String, Integer> answersPerCompetencyCode = new LinkedHashMap<>();
    private final Set<String> administeredItemIds = new HashSet<>();
    private final List<ScoredResponse> responses = new ArrayList<>();
    private PosteriorSummary current;
    private boolean bankExhausted;
    private double[][] exposureParameters;
    private ExposureControl exposureControl;
    private long candidateSeed;
    private double[] finalEstimate;
    private int finalEstimateCount = -1;
    private double[] cuts;
    private int[] cappedIndices = new int[0];

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
        this.domainOf = new int[competencies.size()];
        List<String> domains = new ArrayList<>();
        for (int c = 0; c < domainOf.length; c++) {
            String domain = DomainCodes.domainOf(competencies.get(c));
            if (!domains.contains(domain)) {
                domains.add(domain);
            }
            domainOf[c] = domains.indexOf(domain);
        }
        this.domainCount = domains.size();
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

    /**
     * Starts a test whose prior on the global θ is N(priorMean, priorSd²) instead of the
     * population's, e.g. the posterior of a recent diagnostic on other items.
     */
    public static AdaptiveTest startWithPrior(ItemBank bank, TestBlueprint blueprint, CandidateContext candidate,
                                              ScoringConfiguration scoring, double priorMean, double priorSd) {
        EstimationSettings estimation = EstimationSettings.defaults();
        return new AdaptiveTest(bank, blueprint, candidate, scoring, estimation,
                LogDensity.normal(estimation.grid(), priorMean, priorSd));
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

    /**
     * Filters the selection with conditional Sympson–Hetter parameters (computed for this bank and
     * blueprint by {@link ExposureCalibration}); {@code candidateSeed} fixes the candidate's draws
     * (the attempt's seed: the same on every request). Returns this test.
     */
    public AdaptiveTest useExposureControl(ExposureControl control, long candidateSeed) {
        this.exposureControl = control;
        this.candidateSeed = candidateSeed;
        this.exposureParameters = control.forBank(bank);
        return this;
    }

    /**
     * Sets aside the items that have reached the exposure ceiling ({@link ExposureCeiling}, from the
     * running counts shared by every node); replaces the previous set. Like Sympson–Hetter's, this
     * filter is lifted only when it leaves no item at all. Returns this test.
     */
    public AdaptiveTest useExposureCeiling(Collection<String> cappedItemIds) {
        int[] indices = new int[cappedItemIds.size()];
        int count = 0;
        for (String id : cappedItemIds) {
            OptionalInt index = bank.indexOf(id);
            if (index.isPresent()) {
                indices[count++] = index.getAsInt();
            }
        }
        this.cappedIndices = Arrays.copyOf(indices, count);
        return this;
    }

    /** Present once the blueprint's stopping rule is met or no eligible item remains. */
    public Optional<StopReason> stopReason() {
        if (bankExhausted) {
            return Optional.of(StopReason.BANK_EXHAUSTED);
        }
        StoppingRule rule = blueprint.stoppingRule();
        if (!rule.decidesLevel()) {
            return rule.evaluate(responses.size(), current.standardDeviation(), contentMinimaMet());
        }
        if (responses.size() < rule.minItems() && responses.size() < rule.maxItems()) {
            return Optional.empty();
        }
        double[] estimate = finalEstimate();
        return rule.evaluate(responses.size(), estimate[1], levelDecision(estimate[0], estimate[1])[1],
                contentMinimaMet());
    }

    /**
     * The reported θ and its SE: the EAP, or Warm's WLE when the blueprint asks for it (cached
     * until the next answer).
     */
    private double[] finalEstimate() {
        if (blueprint.finalEstimator() != FinalEstimator.WLE || responses.isEmpty()) {
            return new double[] {current.mean(), current.standardDeviation()};
        }
        if (finalEstimateCount != responses.size()) {
            int n = responses.size();
            double[] a = new double[n];
            double[] b = new double[n];
            boolean[] correct = new boolean[n];
            for (int i = 0; i < n; i++) {
                ScoredResponse response = responses.get(i);
                a[i] = response.item().a();
                b[i] = response.item().b();
                correct[i] = response.correct();
            }
            finalEstimate = WeightedLikelihood.estimate(a, b, correct, n);
            finalEstimateCount = n;
        }
        return finalEstimate;
    }

    /**
     * The reported level and the probability that θ lies in it: the level of θ̂ with the posterior
     * mass of its band for the EAP, or with the normal approximation N(θ̂, SE²) of the WLE's
     * sampling distribution; the band of largest posterior mass for {@link
     * FinalEstimator#MOST_PROBABLE_LEVEL}.
     */
    private double[] levelDecision(double theta, double standardError) {
        if (blueprint.finalEstimator() == FinalEstimator.MOST_PROBABLE_LEVEL) {
            double[] masses = posterior.bandMasses(cutPoints());
            int best = 0;
            for (int band = 1; band < masses.length; band++) {
                if (masses[band] > masses[best]) {
                    best = band;
                }
            }
            return new double[] {best + 1, masses[best]};
        }
        return new double[] {scoring.level(theta), levelProbability(theta, standardError)};
    }

    private double[] cutPoints() {
        if (cuts == null) {
            cuts = scoring.levelCutPoints().stream().mapToDouble(Double::doubleValue).toArray();
        }
        return cuts;
    }

    private double levelProbability(double theta, double standardError) {
        int level = scoring.level(theta);
        double lower = scoring.levelLowerBound(level);
        double upper = scoring.levelUpperBound(level);
        if (blueprint.finalEstimator() == FinalEstimator.EAP) {
            return posterior.mass(lower, upper);
        }
        return NormalDistribution.cdf((upper - theta) / standardError)
                - NormalDistribution.cdf((lower - theta) / standardError);
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
     * Global, per-domain and per-competency estimates with levels and scaled score. The global θ
     * is the blueprint's final estimator (EAP, or WLE for certification). Domains and competencies
     * come from the higher-order model of {@link HigherOrderProfile}: each borrows strength from
     * the other competencies of its domain and from the other domains, so a competency with few
     * answers is pulled towards its domain and a domain towards the general ability.
     */
    public AbilityEstimate estimate() {
        HigherOrderProfile.Result profile = profile();
        double[] points = estimation.grid().points();
        Map<String, CompetencyEstimate> competencies = new LinkedHashMap<>();
        profile.competencies().forEach((code, node) -> {
            int level = scoring.level(node.mean());
            competencies.put(code, new CompetencyEstimate(code, node.mean(), node.standardDeviation(), level,
                    node.mass(points, scoring.levelLowerBound(level), scoring.levelUpperBound(level)),
                    node.itemCount()));
        });
        Map<String, DomainEstimate> domains = new LinkedHashMap<>();
        profile.domains().forEach((code, node) -> {
            int level = scoring.level(node.mean());
            domains.put(code, new DomainEstimate(code, node.mean(), node.standardDeviation(), level,
                    node.mass(points, scoring.levelLowerBound(level), scoring.levelUpperBound(level)),
                    node.itemCount()));
        });
        double[] global = finalEstimate();
        double theta = global[0];
        double standardError = global[1];
        double[] decision = levelDecision(theta, standardError);
        return new AbilityEstimate(theta, standardError, (int) decision[0], decision[1],
                scoring.scaledScore(theta), scoring.scaledStandardError(standardError),
                scoring.version(), responses.size(), competencies, domains);
    }

    private HigherOrderProfile.Result profile() {
        Map<String, double[]> likelihoods = new LinkedHashMap<>();
        competencyLikelihoods().forEach((code, density) -> likelihoods.put(code, density.values()));
        return estimation.profile().estimate(likelihoods, answersPerCompetencyCode);
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
        double estimate = responses.isEmpty() ? blueprint.startTheta() : current.mean();
        double theta = responses.isEmpty() ? estimate : switch (blueprint.selectionTarget()) {
            case ESTIMATE -> estimate;
            case NEAREST_CUT -> nearestCut(estimate);
            case MOST_UNCERTAIN_CUT -> mostUncertainCut();
        };
        if (exposureParameters == null && cappedIndices.length == 0) {
            return chooseIndex(random, theta);
        }
        // O(number of capped items), not O(bank): the hot path stays as it was on large banks.
        boolean[] capped = new boolean[cappedIndices.length];
        for (int c = 0; c < cappedIndices.length; c++) {
            int i = cappedIndices[c];
            if (availability[i] != BLOCKED && availability[i] < SET_ASIDE) {
                capped[c] = true;
                availability[i] += SET_ASIDE;
            }
        }
        try {
            int index = exposureParameters == null ? chooseIndex(random, theta) : chooseWithSympsonHetter(random,
                    estimate, theta);
            if (index >= 0) {
                return index;
            }
        } finally {
            for (int c = 0; c < cappedIndices.length; c++) {
                if (capped[c]) {
                    availability[cappedIndices[c]] -= SET_ASIDE;
                }
            }
        }
        // The ceiling leaves nothing: Sympson–Hetter alone, then nothing.
        return exposureParameters == null ? chooseIndex(random, theta) : chooseWithSympsonHetter(random, estimate,
                theta);
    }

    private int chooseWithSympsonHetter(RandomGenerator random, double estimate, double theta) {
        // Sympson–Hetter with one draw u_i per candidate and item (from the candidate's seed, so a
        // resumed test makes the same draws): item i is eligible while u_i < k(i, band of θ̂).
        // When no eligible item is left the filter is lifted rather than ending the test.
        int band = exposureControl.band(estimate);
        boolean[] setAside = new boolean[availability.length];
        for (int i = 0; i < availability.length; i++) {
            if (availability[i] < SET_ASIDE && availability[i] != BLOCKED
                    && eligibilityDraw(i) >= exposureParameters[i][band]) {
                setAside[i] = true;
                availability[i] += SET_ASIDE;
            }
        }
        int index;
        try {
            index = chooseIndex(random, theta);
        } finally {
            for (int i = 0; i < availability.length; i++) {
                if (setAside[i]) {
                    availability[i] -= SET_ASIDE;
                }
            }
        }
        return index >= 0 ? index : chooseIndex(random, theta);
    }

    /** The candidate's uniform draw for item i: a SplitMix64 hash of (seed, item id), in [0, 1). */
    private double eligibilityDraw(int index) {
        long z = candidateSeed + bank.item(index).itemId().hashCode() * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (z >>> 11) * 0x1.0p-53;
    }

    private double mostUncertainCut() {
        double[] cuts = cutPoints();
        double[] masses = posterior.bandMasses(cuts);
        double below = 0.0;
        double best = cuts[0];
        double bestBalance = -1.0;
        for (int c = 0; c < cuts.length; c++) {
            below += masses[c];
            double balance = Math.min(below, 1.0 - below);
            if (balance > bestBalance) {
                bestBalance = balance;
                best = cuts[c];
            }
        }
        return best;
    }

        private double nearestCut(double theta) {
        double nearest = Double.NaN;
        for (double cut : scoring.levelCutPoints()) {
            if (Double.isNaN(nearest) || Math.abs(cut - theta) < Math.abs(nearest - theta)) {
                nearest = cut;
            }
        }
        return nearest;
    }

    private int chooseIndex(RandomGenerator random, double theta) {
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
        double[] domainInformation = blueprint.contentBalance().byDomainInformation() ? domainInformation() : null;
        // insertion sort by count (then domain information) keeps the shuffled order among ties (stable)
        for (int i = 1; i < count; i++) {
            int c = order[i];
            int j = i - 1;
            while (j >= 0 && comesAfter(order[j], c, domainInformation)) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = c;
        }
        return Arrays.copyOf(order, count);
    }

    private boolean comesAfter(int competency, int other, double[] domainInformation) {
        int byCount = Integer.compare(answeredPerCompetency[competency], answeredPerCompetency[other]);
        if (byCount != 0 || domainInformation == null) {
            return byCount > 0;
        }
        return domainInformation[domainOf[competency]] > domainInformation[domainOf[other]];
    }

    /** Fisher information at the current θ̂ of the answers in each domain. */
    private double[] domainInformation() {
        double[] information = new double[domainCount];
        for (ScoredResponse response : responses) {
            int competency = bank.competencyIndex(response.item().competencyCode());
            if (competency >= 0) {
                information[domainOf[competency]] += TwoParameterLogistic.information(response.item().a(),
                        response.item().b(), current.mean());
            }
        }
        return information;
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

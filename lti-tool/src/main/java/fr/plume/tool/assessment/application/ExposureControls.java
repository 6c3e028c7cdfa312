package fr.plume.tool.assessment.application;

import fr.plume.tool.assessment.domain.Attempt;
import fr.plume.tool.assessment.domain.ExposureControlStore;
import fr.plume.tool.assessment.domain.ExposureCounts;
import fr.plume.tool.assessment.engine.ItemBank;
import fr.plume.tool.assessment.engine.ScoringConfiguration;
import fr.plume.tool.assessment.engine.ScoringConfigurations;
import fr.plume.tool.assessment.engine.cat.ExposureCalibration;
import fr.plume.tool.assessment.engine.cat.ExposureCeiling;
import fr.plume.tool.assessment.engine.cat.ExposureControl;
import fr.plume.tool.assessment.engine.cat.TestBlueprint;
import fr.plume.tool.assessment.engine.cat.TestMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The conditional Sympson–Hetter parameters (issue 15) that diagnostic and certifying attempts
 * apply, per bank fingerprint, blueprint and scoring version; the bank is the items the mode draws
 * from ({@link DeliverableBank#itemsFor}: the certification pool for the certification). The mock
 * certification is practice: no exposure limit applies to it. Computing them takes seconds of
 * simulation, so it never happens on a student's request: at start-up, every minute (to follow
 * newly published items and promoted parameters) and when a request finds none, a background
 * thread computes the missing ones with the fixed seed and stores them. Until they are stored,
 * {@link #forAttempt} is empty and delivery keeps the randomesque selection alone. On top of them,
 * {@link #cappedItems} applies the exposure ceiling of the running counts (which needs no
 * computation and holds from the first candidates).
 *
 * <p>Stored in PostgreSQL rather than recomputed on each node: {@code Math.exp} may differ in the
 * last bit between JVMs and processors, and one different draw in the simulation changes the
 * parameters; with the first stored value winning, every node applies exactly the same ones.
 */
@Component
public class ExposureControls {

    private static final Logger log = LoggerFactory.getLogger(ExposureControls.class);
    private static final Set<TestMode> CONTROLLED = Set.of(TestMode.DIAGNOSTIC, TestMode.CERTIFICATION);
    private static final int KEPT_IN_MEMORY = 16;

    private final ExposureControlStore store;
    private final ExposureCounts counts;
    private final DeliverableBank bank;
    private final Executor background;
    private final ExposureCalibration calibration;
    private final Clock clock;
    private final Map<String, ExposureControl> ready = new ConcurrentHashMap<>();
    private final Set<String> computing = ConcurrentHashMap.newKeySet();
    /**
     * Keys already hashed, by bank instance (an {@link ItemBank} has identity equality and the
     * deliverable bank hands out the same instance until the catalogue changes): hashing every
     * item's parameters on each answer cost more than choosing the item.
     */
    private final Map<KeyInputs, String> keys = new ConcurrentHashMap<>();

    /**
     * @param candidatesPerBand simulated candidates per θ band and round ({@link ExposureCalibration#standard()}
     *                          unless a deployment changes them; they are part of the stored key)
     */
    @Autowired
    ExposureControls(ExposureControlStore store, ExposureCounts counts, DeliverableBank bank, Clock clock,
            @Value("${plume.assessment.exposure-calibration.candidates-per-band:100}") int candidatesPerBand,
            @Value("${plume.assessment.exposure-calibration.rounds:12}") int rounds) {
        this(store, counts, bank, Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "exposure-calibration");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        }), new ExposureCalibration(candidatesPerBand, rounds, ExposureCalibration.STANDARD_SEED), clock);
    }

    /** @param background where the parameters are computed (never the caller's thread in production) */
    public ExposureControls(ExposureControlStore store, ExposureCounts counts, DeliverableBank bank,
            Executor background, ExposureCalibration calibration, Clock clock) {
        this.store = store;
        this.counts = counts;
        this.bank = bank;
        this.background = background;
        this.calibration = calibration;
        this.clock = clock;
    }

    /**
     * The parameters for this attempt's selection, when they are ready for the bank as it is now;
     * empty for practice, writing, or while they are being computed (which this call starts if
     * nobody has).
     */
    public Optional<ExposureControl> forAttempt(Attempt attempt) {
        if (!controlled(attempt)) {
            return Optional.empty();
        }
        return lookup(bank.itemsFor(attempt.mode()), AttemptState.blueprint(attempt), AttemptState.scoring(attempt));
    }

    /**
     * The items this attempt may not be given now because they reached the exposure ceiling
     * ({@link ExposureCeiling}) of the running counts shared by every node; empty for attempts
     * that are not exposure-controlled.
     *
     * @param counted whether this attempt was already counted as a candidate (it has been given
     *                an item the engine chose); if not, it counts as the next one
     */
    public Set<String> cappedItems(Attempt attempt, boolean counted) {
        if (!controlled(attempt)) {
            return Set.of();
        }
        long candidates = counts.candidates(attempt.mode()) + (counted ? 0 : 1);
        return counts.givenAtLeast(attempt.mode(),
                ExposureCeiling.of(AttemptState.blueprint(attempt)).allowance(candidates));
    }

    /**
     * Counts an item the engine chose for this attempt (in the transaction that shows it), and
     * the attempt as a candidate with its first such item.
     */
    public void given(Attempt attempt, String itemId, boolean firstForAttempt) {
        if (!controlled(attempt)) {
            return;
        }
        if (firstForAttempt) {
            counts.countCandidate(attempt.mode());
        }
        counts.countGiven(attempt.mode(), itemId);
    }

    private static boolean controlled(Attempt attempt) {
        return CONTROLLED.contains(attempt.mode()) && !attempt.writing();
    }

    /** Makes sure the parameters of the bank as it is now are computed or being computed. */
    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(initialDelayString = "${plume.assessment.exposure-check:PT1M}",
            fixedDelayString = "${plume.assessment.exposure-check:PT1M}")
    public void prepare() {
        ScoringConfiguration scoring = ScoringConfigurations.standard().forDate(Instant.now(clock));
        lookup(bank.itemsFor(TestMode.DIAGNOSTIC), TestBlueprint.diagnostic(), scoring);
        lookup(bank.itemsFor(TestMode.CERTIFICATION), TestBlueprint.certification(), scoring);
    }

    private Optional<ExposureControl> lookup(ItemBank items, TestBlueprint blueprint, ScoringConfiguration scoring) {
        String key = cachedKey(items, blueprint, scoring);
        ExposureControl known = ready.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<ExposureControl> stored = store.find(key);
        if (stored.isPresent()) {
            remember(key, stored.get());
            return stored;
        }
        if (computing.add(key)) {
            background.execute(() -> compute(key, items, blueprint, scoring));
        }
        return Optional.empty();
    }

    private String cachedKey(ItemBank items, TestBlueprint blueprint, ScoringConfiguration scoring) {
        KeyInputs inputs = new KeyInputs(items, blueprint, scoring);
        String known = keys.get(inputs);
        if (known != null) {
            return known;
        }
        String key = key(items, blueprint, scoring, calibration);
        putBounded(keys, inputs, key);
        return key;
    }

    private record KeyInputs(ItemBank items, TestBlueprint blueprint, ScoringConfiguration scoring) {
    }

    private void compute(String key, ItemBank items, TestBlueprint blueprint, ScoringConfiguration scoring) {
        try {
            if (store.find(key).isEmpty()) {
                long started = System.nanoTime();
                store.saveIfAbsent(key, calibration.calibrate(items, blueprint, scoring));
                log.info("event=exposure-control.computed mode={} items={} key={} millis={}", blueprint.mode(),
                        items.size(), key.substring(0, 12), (System.nanoTime() - started) / 1_000_000);
            }
            store.find(key).ifPresent(control -> remember(key, control));
        } catch (RuntimeException e) {
            log.warn("event=exposure-control.failed mode={} key={}", blueprint.mode(), key.substring(0, 12), e);
        } finally {
            computing.remove(key);
        }
    }

    private void remember(String key, ExposureControl control) {
        putBounded(ready, key, control);
    }

    /** Banks change rarely: past a handful of entries the cache starts again rather than grow. */
    private static <K, V> void putBounded(Map<K, V> cache, K key, V value) {
        if (cache.size() >= KEPT_IN_MEMORY) {
            cache.clear();
        }
        cache.put(key, value);
    }

    /**
     * What the parameters depend on, hashed: every item's parameters in bank order, the blueprint,
     * the scoring configuration (its cut points are the bands) and the calibration settings.
     */
    static String key(ItemBank items, TestBlueprint blueprint, ScoringConfiguration scoring,
            ExposureCalibration calibration) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        update(digest, blueprint.toString());
        update(digest, scoring.toString());
        update(digest, calibration.toString());
        for (int i = 0; i < items.size(); i++) {
            update(digest, items.item(i).toString());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
    }
}

package fr.plume.tool.assessment.application;

import fr.plume.framework.content.Accessibility;
import fr.plume.framework.content.AnswerSpec;
import fr.plume.framework.content.IrtPrior;
import fr.plume.framework.content.Item;
import fr.plume.framework.content.ItemStatus;
import fr.plume.framework.content.ItemText;
import fr.plume.framework.content.MatchingPolicy;
import fr.plume.framework.content.Presentation;
import fr.plume.framework.content.Response;
import fr.plume.framework.content.RubricCriterion;
import fr.plume.tool.assessment.api.CertificationResult;
import fr.plume.tool.assessment.domain.BankPool;
import fr.plume.tool.assessment.domain.CertificationResultStore;
import fr.plume.tool.assessment.domain.Essay;
import fr.plume.tool.assessment.domain.Essays;
import fr.plume.tool.assessment.domain.PretestCounts;
import fr.plume.tool.assessment.domain.ShownItem;
import fr.plume.tool.assessment.domain.Attempt;
import fr.plume.tool.assessment.engine.ItemParameters;
import fr.plume.tool.assessment.engine.cat.ExposureCalibration;
import fr.plume.tool.assessment.engine.sim.SampleShapedBank;
import fr.plume.tool.framework.api.Frameworks;
import fr.plume.tool.itembank.api.AnswerForm;
import fr.plume.tool.itembank.api.ItemCatalog;
import fr.plume.tool.itembank.api.PublishedItem;
import fr.plume.tool.lti.api.GradeToQueue;
import fr.plume.tool.support.FixedFrameworks;
import fr.plume.tool.support.MovableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

/**
 * The assessment use cases wired as Spring wires them, on in-memory ports (no database): a small
 * published bank of single-choice items on three competencies and one essay, grades and events
 * collected in lists. For unit tests of the application layer.
 */
final class InMemoryAssessment {

    static final List<String> COMPETENCIES = List.of("1.1", "1.2", "2.1");
    static final int ITEMS_PER_COMPETENCY = 20;

    /**
     * Fewer simulated candidates than {@link ExposureCalibration#standard()} (40 per band, 8
     * rounds, same seed), so that a test computes the certification parameters in seconds.
     */
    static final ExposureCalibration TEST_CALIBRATION = new ExposureCalibration(40, 8, ExposureCalibration.STANDARD_SEED);

    final MovableClock clock = MovableClock.stopped();
    final InMemoryAttempts attempts = new InMemoryAttempts();
    final InMemoryEssays essays = new InMemoryEssays();
    final InMemoryEssayMarks essayMarks = new InMemoryEssayMarks(essays);
    final List<PublishedItem> published = new ArrayList<>();
    /** Versions replaced by a newer one: no longer delivered, still readable by the attempts that showed them. */
    final List<PublishedItem> superseded = new ArrayList<>();
    final List<GradeToQueue> grades = new CopyOnWriteArrayList<>();
    final List<Object> events = new CopyOnWriteArrayList<>();
    final List<UUID> heldForPublication = new CopyOnWriteArrayList<>();
    /** The list the catalogue answers after {@link #promote}: a new one, as the real catalogue's after a change. */
    private volatile List<PublishedItem> promoted;
    final ItemCatalog catalog = new ItemCatalog() {
        @Override
        public List<PublishedItem> published() {
            List<PublishedItem> changed = promoted;
            return changed != null ? changed : published;
        }

        @Override
        public Optional<Item> item(UUID id) {
            return published.stream().map(PublishedItem::item).filter(item -> item.id().equals(id)).findFirst();
        }

        @Override
        public Optional<Item> item(UUID id, int version) {
            return java.util.stream.Stream.concat(published.stream(), superseded.stream())
                    .filter(p -> p.item().id().equals(id) && p.itemVersion() == version)
                    .map(PublishedItem::item).findFirst();
        }
    };

    /** A parameter version put in force: every published item changed, and the catalogue answers a new list. */
    void promote(java.util.function.UnaryOperator<PublishedItem> change) {
        published.replaceAll(change);
        promoted = List.copyOf(published);
    }
    final DeliverableBank bank = new DeliverableBank(catalog);
    final AttemptState state = new AttemptState(attempts, bank);
    final UpdateMastery mastery = new UpdateMastery(attempts, bank, clock);
    final CompleteAttempt complete = new CompleteAttempt(attempts, new HeldResults(), mastery, grades::add,
            events::add, clock);
    final InMemoryModulePractices practices = new InMemoryModulePractices();
    final InMemoryPretestCounts pretestCounts = new InMemoryPretestCounts();
    final PretestSeeding pretest = new PretestSeeding(bank, pretestCounts, PretestSettings.defaults());
    final InMemoryExposureControls exposureStore = new InMemoryExposureControls();
    final InMemoryExposureCounts exposureCounts = new InMemoryExposureCounts();
    final ExposureControls exposure = new ExposureControls(exposureStore, exposureCounts, bank,
            exposureStore.background,
            TEST_CALIBRATION, clock);
    final ShowNextItem showNextItem = new ShowNextItem(attempts, state, bank, catalog, complete, practices, pretest,
            exposure, clock);
    final RecordAnswer recordAnswer = new RecordAnswer(attempts, state, catalog, complete, mastery, essays, practices,
            pretest, clock);
    final StopAttempt stopAttempt = new StopAttempt(attempts, state, complete);
    final Frameworks frameworks = FixedFrameworks.none();
    final CertificationSeats seats = new CertificationSeats(attempts, new OfferedActivities(frameworks),
            new CertificationSettings(1));
    final StartAttempt startAttempt = new StartAttempt(attempts, bank, seats, practices, clock);

    InMemoryAssessment() {
        for (String competency : COMPETENCIES) {
            IntStream.range(0, ITEMS_PER_COMPETENCY).forEach(i -> published.add(new PublishedItem(
                    choice(competency, i, BankPool.PRACTICE), "prior", 1.4 + (i % 4) * 0.3, -2.5 + i * 0.25)));
        }
        published.add(new PublishedItem(essay("1.1"), "prior", 1.0, 0.0));
    }

    /**
     * Publishes more items, in the certification pool, up to the size a certification needs (250
     * items, 84 per competency here), before the bank is first read. The first items are all in the
     * practice pool.
     */
    void publishACertificationSizedBank() {
        for (String competency : COMPETENCIES) {
            IntStream.range(ITEMS_PER_COMPETENCY, ITEMS_PER_COMPETENCY + 84).forEach(i -> published.add(
                    new PublishedItem(choice(competency, i, BankPool.CERTIFICATION), "prior", 1.4 + (i % 4) * 0.3,
                            -2.5 + (i % 20) * 0.25)));
        }
    }

    /** Publishes more items in the practice pool, {@code perCompetency} per competency. */
    void publishPracticeItems(int perCompetency) {
        for (String competency : COMPETENCIES) {
            IntStream.range(1000, 1000 + perCompetency).forEach(i -> published.add(new PublishedItem(
                    choice(competency, i, BankPool.PRACTICE), "prior", 1.4 + (i % 4) * 0.3, -2.5 + (i % 20) * 0.25)));
        }
    }

    /** Keeps only the first {@code count} practice-pool items of the competency (a thin practice pool). */
    void keepPracticeItems(String competency, int count) {
        List<PublishedItem> practice = published.stream()
                .filter(item -> item.item().competency().equals(competency))
                .filter(item -> item.item().type() != fr.plume.framework.content.ItemType.ESSAY)
                .filter(item -> BankPool.of(item.item().family()) == BankPool.PRACTICE)
                .toList();
        published.removeAll(practice.subList(Math.min(count, practice.size()), practice.size()));
    }

    /** A family id of this item that falls in {@code pool} ({@link BankPool#of} is a hash of it). */
    static String family(String competency, int number, BankPool pool) {
        String base = competency + "-f" + number;
        String family = base;
        for (int k = 1; BankPool.of(family) != pool; k++) {
            family = base + "-" + k;
        }
        return family;
    }

    /**
     * Replaces the machine-scored items by a bank shaped like the sample bank (16 competencies ×
     * {@code perCompetency} items, {@link SampleShapedBank}), before the bank is first read.
     */
    void publishSampleShapedBank(int perCompetency, long seed) {
        published.removeIf(item -> item.item().type() != fr.plume.framework.content.ItemType.ESSAY);
        for (ItemParameters item : SampleShapedBank.generate(perCompetency, new java.util.SplittableRandom(seed))) {
            published.add(new PublishedItem(choice(UUID.nameUUIDFromBytes(item.itemId().getBytes()),
                    item.competencyCode(), item.familyId(), item.itemId()), "prior", item.a(), item.b()));
        }
    }

    /** Gives the attempt this seed (attempts draw theirs at random): a seeded run of the selection. */
    void reseed(UUID attemptId, long seed) {
        Attempt a = attempts.attempts.get(attemptId);
        attempts.attempts.put(attemptId, new Attempt(a.id(), a.memberId(), a.userId(), a.resourceLinkId(),
                a.contextId(), a.mode(), a.competencies(), seed, a.accessibleItems(), a.extraTimePercent(),
                a.scoringVersion(), a.startedAt(), a.deadline(), a.status(), a.endReason(), a.completedAt(),
                a.writing(), a.validity()));
    }

    private static Item choice(String competency, int number) {
        return choice(UUID.nameUUIDFromBytes((competency + "/" + number).getBytes()), competency,
                competency + "-f" + number, "Consigne " + number);
    }

    private static Item choice(String competency, int number, BankPool pool) {
        return choice(UUID.nameUUIDFromBytes((competency + "/" + number).getBytes()), competency,
                family(competency, number, pool), "Consigne " + number);
    }

    private static Item choice(UUID id, String competency, String family, String prompt) {
        AnswerSpec answer = new AnswerSpec.SingleChoice(List.of("juste", "faux", "autre"), 0);
        return new Item(id, family, 1, answer.type(), competency, 3, ItemText.fr(prompt), answer,
                ItemText.fr("Retour"), ItemText.fr("Règle"), IrtPrior.forLevel(3), Accessibility.FULL,
                MatchingPolicy.DEFAULT, "CC-BY-SA-4.0", List.of("Équipe Plume"), ItemStatus.PUBLISHED);
    }

    private static Item essay(String competency) {
        AnswerSpec answer = new AnswerSpec.Essay(
                List.of(new RubricCriterion(ItemText.fr("Cohérence"), 4), new RubricCriterion(ItemText.fr("Langue"), 6)),
                20, 200);
        return new Item(UUID.nameUUIDFromBytes((competency + "/essay").getBytes()), competency + "-essay", 1,
                answer.type(), competency, 3, ItemText.fr("Rédigez"), answer, ItemText.fr("Retour"),
                ItemText.fr("Règle"), IrtPrior.forLevel(3), Accessibility.FULL, MatchingPolicy.DEFAULT,
                "CC-BY-SA-4.0", List.of("Équipe Plume"), ItemStatus.PUBLISHED);
    }

    /** The form fields answering the item on screen, right or wrong (choices are shown shuffled by the seed). */
    Map<String, List<String>> answer(CurrentItem.ToAnswer current, boolean right) {
        Presentation presentation = current.presentation();
        int options = ((AnswerSpec.SingleChoice) current.item().answer()).options().size();
        for (int displayed = 0; displayed < options; displayed++) {
            Response canonical = presentation.toCanonical(new Response.SingleChoice(displayed));
            if ((((Response.SingleChoice) canonical).selected() == 0) == right) {
                Map<String, List<String>> fields = new LinkedHashMap<>();
                fields.put("token", List.of(current.shown().token()));
                fields.put(AnswerForm.CHOICE, List.of(String.valueOf(displayed)));
                return fields;
            }
        }
        throw new IllegalStateException("no such answer");
    }

    /** Shows the next item and answers it; the outcome of the answer. */
    RecordAnswer.Outcome answerNext(Student student, UUID attemptId, boolean right) {
        CurrentItem.ToAnswer current = (CurrentItem.ToAnswer) showNextItem.show(student, attemptId);
        return recordAnswer.record(student, attemptId, current.shown().token(), answer(current, right));
    }

    List<ShownItem> shown(UUID attemptId) {
        return attempts.shown.getOrDefault(attemptId, List.of());
    }

    /**
     * Publishes {@code count} items in pretest on the competency (parameter version "pretest",
     * difficulty far from the operational ones), before the bank is first read.
     */
    List<PublishedItem> publishPretestItems(String competency, int count) {
        List<PublishedItem> added = new ArrayList<>();
        IntStream.range(100, 100 + count).forEach(i -> added.add(new PublishedItem(choice(competency, i),
                PublishedItem.PRETEST_VERSION, 0.8, 1.5)));
        published.addAll(added);
        return added;
    }

    /** Answers per pretest item, in memory. */
    static final class InMemoryPretestCounts implements PretestCounts {

        final Map<UUID, Integer> counts = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public Map<UUID, Integer> responses() {
            return Map.copyOf(counts);
        }

        @Override
        public void addResponse(UUID itemId) {
            counts.merge(itemId, 1, Integer::sum);
        }
    }

    /** Certification results in memory: held ones are listed, none is ever locked for publication here. */
    final class HeldResults implements CertificationResultStore {

        @Override
        public void holdForPublication(UUID memberId, UUID attemptId, Instant at) {
            heldForPublication.add(attemptId);
        }

        @Override
        public Optional<CertificationResult> lock(UUID memberId, UUID attemptId) {
            return Optional.empty();
        }

        @Override
        public boolean markPublished(UUID memberId, UUID attemptId, Instant at, String publishedBy, int publishedScore) {
            return false;
        }
    }

    /** Essays in memory. */
    /** Module practices by attempt (one member per test). */
    static final class InMemoryModulePractices implements fr.plume.tool.assessment.domain.ModulePractices {
        final Map<UUID, fr.plume.tool.assessment.domain.ModulePractice> byAttempt = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public void insert(UUID memberId, fr.plume.tool.assessment.domain.ModulePractice practice) {
            byAttempt.put(practice.attemptId(), practice);
        }

        @Override
        public Optional<fr.plume.tool.assessment.domain.ModulePractice> of(UUID memberId, UUID attemptId) {
            return Optional.ofNullable(byAttempt.get(attemptId));
        }
    }

    static final class InMemoryEssays implements Essays {

        final List<Essay> essays = new CopyOnWriteArrayList<>();

        @Override
        public void insert(Essay essay) {
            essays.add(essay);
        }

        @Override
        public Optional<Essay> ofAttempt(UUID memberId, UUID userId, UUID attemptId) {
            return essays.stream().filter(e -> e.memberId().equals(memberId) && e.userId().equals(userId)
                    && e.attemptId().equals(attemptId)).findFirst();
        }

        @Override
        public List<Essay> toMark(UUID memberId, UUID contextId) {
            return essays.stream().filter(e -> e.memberId().equals(memberId) && e.contextId().equals(contextId)
                    && !e.marked()).toList();
        }

        @Override
        public Optional<Essay> inCourse(UUID memberId, UUID contextId, UUID attemptId, int position) {
            return essays.stream().filter(e -> e.memberId().equals(memberId) && e.contextId().equals(contextId)
                    && e.attemptId().equals(attemptId) && e.position() == position).findFirst();
        }

        @Override
        public long markedCount(UUID memberId, UUID contextId) {
            return essays.stream().filter(e -> e.memberId().equals(memberId) && e.contextId().equals(contextId)
                    && e.marked()).count();
        }

        @Override
        public boolean mark(UUID memberId, UUID contextId, UUID attemptId, int position, List<Integer> points,
                int maxPoints, UUID markedBy, Instant at) {
            Optional<Essay> essay = inCourse(memberId, contextId, attemptId, position);
            essay.ifPresent(e -> essays.set(essays.indexOf(e), new Essay(e.attemptId(), e.position(), e.memberId(),
                    e.userId(), e.contextId(), e.itemId(), e.text(), e.wordCount(), e.submittedAt(),
                    new Essay.Marks(points, points.stream().mapToInt(Integer::intValue).sum(), maxPoints, markedBy,
                            at))));
            return essay.isPresent();
        }
    }

    /** Double-marking marks in memory; {@code certifying} holds the attempts whose essays are double-marked. */
    static final class InMemoryEssayMarks implements fr.plume.tool.assessment.domain.EssayMarks {

        final java.util.Set<UUID> certifying = java.util.concurrent.ConcurrentHashMap.newKeySet();
        final Map<String, List<fr.plume.tool.assessment.domain.EssayMark>> marks = new java.util.concurrent.ConcurrentHashMap<>();
        private final InMemoryEssays essays;

        InMemoryEssayMarks(InMemoryEssays essays) {
            this.essays = essays;
        }

        @Override
        public boolean doubleMarked(UUID memberId, UUID attemptId) {
            return certifying.contains(attemptId);
        }

        @Override
        public List<fr.plume.tool.assessment.domain.EssayMark> lockMarks(UUID memberId, UUID attemptId, int position) {
            return List.copyOf(marks.getOrDefault(fr.plume.tool.assessment.domain.EssayMarks.key(attemptId, position), List.of()));
        }

        @Override
        public void add(UUID memberId, UUID attemptId, int position, fr.plume.tool.assessment.domain.EssayMark mark) {
            marks.computeIfAbsent(fr.plume.tool.assessment.domain.EssayMarks.key(attemptId, position), k -> new CopyOnWriteArrayList<>()).add(mark);
        }

        @Override
        public Map<String, List<UUID>> markersOfPending(UUID memberId, UUID contextId) {
            Map<String, List<UUID>> pending = new java.util.LinkedHashMap<>();
            essays.toMark(memberId, contextId).stream().filter(e -> certifying.contains(e.attemptId()))
                    .forEach(e -> pending.put(fr.plume.tool.assessment.domain.EssayMarks.key(e.attemptId(), e.position()), lockMarks(memberId, e.attemptId(),
                            e.position()).stream().map(fr.plume.tool.assessment.domain.EssayMark::markedBy).toList()));
            return pending;
        }

        @Override
        public AttemptMarking ofAttempt(UUID memberId, UUID attemptId) {
            List<Essay> own = essays.essays.stream().filter(e -> e.attemptId().equals(attemptId)).toList();
            List<Integer> levels = own.stream().filter(Essay::marked).map(e -> fr.plume.tool.assessment.domain
                    .DoubleMarking.level(e.marks().total(), e.marks().maximum())).toList();
            int third = (int) own.stream().filter(e -> fr.plume.tool.assessment.domain.DoubleMarking.stage(
                    lockMarks(memberId, attemptId, e.position()))
                    == fr.plume.tool.assessment.domain.DoubleMarking.Stage.AWAITING_THIRD).count();
            return new AttemptMarking(own.size(), levels.size(), third, levels);
        }
    }
}

package fr.plume.tool.assessment.application;

import fr.plume.framework.content.Item;
import fr.plume.tool.assessment.domain.Attempt;
import fr.plume.tool.assessment.domain.AttemptProgress;
import fr.plume.tool.assessment.domain.EndReason;
import fr.plume.tool.assessment.domain.ModulePractice;
import fr.plume.tool.assessment.domain.ModulePractices;
import fr.plume.tool.assessment.domain.ShownItem;
import fr.plume.tool.assessment.engine.ItemParameters;
import fr.plume.tool.assessment.engine.cat.AdaptiveTest;
import fr.plume.tool.assessment.domain.Attempts;
import fr.plume.tool.itembank.api.ItemCatalog;
import fr.plume.tool.itembank.api.PublishedItem;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The item to show now: the one already shown and not answered (so a reload or a resume shows
 * the same item), or the engine's next choice, stored with its parameters and a fresh one-time
 * token before it is shown. Diagnostic and certifying attempts apply the exposure control of
 * {@link ExposureControls} once it is computed, and the randomesque draw alone until then, and
 * its ceiling on the running exposure counts from the first candidate. Ends the attempt when the engine stops or the deadline has passed.
 */
@Component
public class ShowNextItem {

    private static final SecureRandom TOKENS = new SecureRandom();
    /** The parameter set of an item not calibrated yet (the item bank's name for it). */
    private static final String PRIOR = "prior";

    private final Attempts attempts;
    private final AttemptState state;
    private final DeliverableBank bank;
    private final ItemCatalog catalog;
    private final CompleteAttempt complete;
    private final ModulePractices practices;
    private final PretestSeeding pretest;
    private final ExposureControls exposure;
    private final Clock clock;

    public ShowNextItem(Attempts attempts, AttemptState state, DeliverableBank bank, ItemCatalog catalog,
            CompleteAttempt complete, ModulePractices practices, PretestSeeding pretest, ExposureControls exposure,
            Clock clock) {
        this.practices = practices;
        this.pretest = pretest;
        this.attempts = attempts;
        this.exposure = exposure;
        this.state = state;
        this.bank = bank;
        this.catalog = catalog;
        this.complete = complete;
        this.clock = clock;
    }

    @Transactional
    public CurrentItem show(Student student, UUID attemptId) {
        AttemptProgress progress = attempts.lock(student.memberId(), student.userId(), attemptId)
                .orElseThrow(ShowNextItem::notFound);
        Attempt attempt = progress.attempt();
        if (!attempt.inProgress()) {
            return new CurrentItem.Finished(attempt);
        }
        List<ShownItem> shown = progress.shown();
        Instant now = Instant.now(clock);
        if (attempt.pastDeadline(now)) {
            complete.complete(attempt, state.rebuild(progress), EndReason.TIME_UP);
            return new CurrentItem.Finished(reload(student, attemptId));
        }
        int answered = progress.answeredCount();
        Optional<ModulePractice> module = practices.of(attempt.memberId(), attempt.id());
        // The counter counts pretest items like any other and the announced maximum includes the
        // attempt's pretest slots, so nothing on screen tells them apart.
        int maxItems = attempt.writing() ? 1 : module.map(ModulePractice::size)
                .orElseGet(() -> AttemptState.blueprint(attempt).stoppingRule().maxItems()
                        + pretest.announcedSlots(attempt));
        boolean fixedLength = attempt.writing() || module.isPresent()
                || AttemptState.blueprint(attempt).stoppingRule().hasFixedLength();
        Optional<ShownItem> pending = progress.pending();
        if (pending.isPresent()) {
            return new CurrentItem.ToAnswer(attempt, pending.get(), item(pending.get()), answered, maxItems,
                    fixedLength);
        }
        if (attempt.writing()) {
            return writingItem(attempt, shown, answered, now)
                    .orElseGet(() -> {
                        complete.complete(attempt, state.rebuild(progress), EndReason.TEST_COMPLETE);
                        return new CurrentItem.Finished(reload(student, attemptId));
                    });
        }
        if (module.isPresent()) {
            return moduleItem(module.get(), progress, now, maxItems).orElseGet(() -> {
                complete.complete(attempt, state.rebuild(progress), EndReason.TEST_COMPLETE);
                return new CurrentItem.Finished(reload(student, attemptId));
            });
        }
        AdaptiveTest test = state.rebuildForSelection(progress);
        // The draws come from the attempt's seed, so a resumed attempt (any node) makes the same ones.
        exposure.forAttempt(attempt).ifPresent(control -> test.useExposureControl(control, attempt.seed()));
        boolean counted = shown.stream().anyMatch(item -> !item.pretest());
        test.useExposureCeiling(exposure.cappedItems(attempt, counted));
        Optional<ItemParameters> next = test.nextItem(new Random(attempt.seed() * 31 + shown.size()));
        if (next.isEmpty()) {
            complete.complete(attempt, test, EndReason.TEST_COMPLETE);
            return new CurrentItem.Finished(reload(student, attemptId));
        }
        int position = shown.size() + 1;
        Optional<PublishedItem> seeded = pretest.itemFor(attempt, shown, position);
        PublishedItem published = seeded.orElseGet(() -> bank.current().item(next.get().itemId()).orElseThrow());
        ShownItem item = new ShownItem(attempt.id(), position, published.item().id(),
                seeded.map(DeliverableBank::parameters).orElse(next.get()), published.parametersVersion(), token(),
                now, null, null, null, published.itemVersion(), seeded.isPresent());
        attempts.insertShown(attempt.memberId(), item);
        if (seeded.isEmpty()) {
            exposure.given(attempt, next.get().itemId(), !counted);
        }
        return new CurrentItem.ToAnswer(attempt, item, published.item(), answered, maxItems, fixedLength);
    }

    /**
     * A writing session holds one essay of its competency: one the student has not written yet
     * when there is one (drawn with the attempt's seed), otherwise any. Empty once it is written.
     */
    private Optional<CurrentItem> writingItem(Attempt attempt, List<ShownItem> shown, int answered, Instant now) {
        if (answered > 0) {
            return Optional.empty();
        }
        List<PublishedItem> essays = bank.current().essays(attempt.competencies().iterator().next(),
                attempt.accessibleItems());
        if (essays.isEmpty()) {
            return Optional.empty();
        }
        java.util.Set<String> seen = attempts.seenElsewhere(attempt.memberId(), attempt.userId(), attempt.id());
        List<PublishedItem> fresh = essays.stream().filter(e -> !seen.contains(e.item().id().toString())).toList();
        List<PublishedItem> pool = fresh.isEmpty() ? essays : fresh;
        PublishedItem published = pool.get(new Random(attempt.seed()).nextInt(pool.size()));
        ShownItem item = new ShownItem(attempt.id(), shown.size() + 1, published.item().id(),
                DeliverableBank.parameters(published), published.parametersVersion(), token(), now, null, null, null,
                published.itemVersion());
        attempts.insertShown(attempt.memberId(), item);
        return Optional.of(new CurrentItem.ToAnswer(attempt, item, published.item(), answered, 1, true));
    }

    /**
     * A module practice shows the module's next item in module order, at its pinned version, with
     * the parameters in force for the item (its prior when it is not delivered by the bank).
     * Empty once every item of the module has been shown.
     */
    private Optional<CurrentItem> moduleItem(ModulePractice module, AttemptProgress progress, Instant now,
            int maxItems) {
        Attempt attempt = progress.attempt();
        List<ShownItem> shown = progress.shown();
        Optional<ModulePractice.PinnedItem> next = module.next(shown.size());
        if (next.isEmpty()) {
            return Optional.empty();
        }
        Item item = catalog.item(next.get().itemId(), next.get().version())
                .orElseThrow(() -> new IllegalStateException("module item " + next.get().itemId() + " left the bank"));
        Optional<PublishedItem> delivered = bank.current().item(item.id().toString());
        ItemParameters parameters = delivered.map(DeliverableBank::parameters)
                .orElseGet(() -> new ItemParameters(item.id().toString(), item.competency(), item.family(),
                        item.irt().a(), item.irt().b(), false));
        String parametersVersion = delivered.map(PublishedItem::parametersVersion).orElse(PRIOR);
        ShownItem shownItem = new ShownItem(attempt.id(), shown.size() + 1, item.id(), parameters, parametersVersion,
                token(), now, null, null, null, next.get().version());
        attempts.insertShown(attempt.memberId(), shownItem);
        return Optional.of(new CurrentItem.ToAnswer(attempt, shownItem, item, progress.answeredCount(), maxItems,
                true));
    }

    private Item item(ShownItem shown) {
        return catalog.item(shown.itemId(), shown.itemVersion())
                .orElseThrow(() -> new IllegalStateException("shown item " + shown.itemId() + " left the bank"));
    }

    private Attempt reload(Student student, UUID attemptId) {
        return attempts.find(student.memberId(), student.userId(), attemptId).orElseThrow(ShowNextItem::notFound);
    }

    static PlumeProblemException notFound() {
        return new PlumeProblemException("ASSESSMENT-ATTEMPT-NOT-FOUND", 404);
    }

    private static String token() {
        byte[] bytes = new byte[24];
        TOKENS.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

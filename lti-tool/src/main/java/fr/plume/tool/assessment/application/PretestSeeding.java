package fr.plume.tool.assessment.application;

import fr.plume.tool.assessment.domain.Attempt;
import fr.plume.tool.assessment.domain.PretestCounts;
import fr.plume.tool.assessment.domain.PretestPlan;
import fr.plume.tool.assessment.domain.ShownItem;
import fr.plume.tool.assessment.engine.cat.TestMode;
import fr.plume.tool.itembank.api.PublishedItem;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Unscored pretest items in diagnostic and formative attempts (issue 16, docs/psychometrics.md):
 * where they go in an attempt ({@link PretestPlan}, from its seed) and which pretest item fills a
 * slot: one not in the attempt yet, usable by the candidate, of the practised competencies, and
 * still short of its target of answers. A slot with no such item gets an operational item.
 */
@Component
public class PretestSeeding {

    private final DeliverableBank bank;
    private final PretestCounts counts;
    private final PretestSettings settings;

    public PretestSeeding(DeliverableBank bank, PretestCounts counts, PretestSettings settings) {
        this.bank = bank;
        this.counts = counts;
        this.settings = settings;
    }

    public PretestPlan plan(Attempt attempt) {
        if (attempt.writing() || attempt.mode().certificationLike()) {
            return PretestPlan.none();
        }
        int lastSlot = AttemptState.blueprint(attempt).stoppingRule().minItems();
        return PretestPlan.of(attempt.seed(), settings.itemsFor(attempt.mode()), lastSlot);
    }

    /**
     * Pretest slots to add to the announced maximum of items: the attempt's slots while the bank
     * holds pretest items, none when it holds none (nothing would be seeded).
     */
    public int announcedSlots(Attempt attempt) {
        return bank.current().pretest().isEmpty() ? 0 : plan(attempt).size();
    }

    /** The pretest item to show at this position of the attempt, if the position is a pretest slot and one fits. */
    public Optional<PublishedItem> itemFor(Attempt attempt, List<ShownItem> shown, int position) {
        if (!plan(attempt).at(position) || bank.current().pretest().isEmpty()) {
            return Optional.empty();
        }
        Set<UUID> inAttempt = shown.stream().map(ShownItem::itemId).collect(Collectors.toSet());
        Map<UUID, Integer> responses = counts.responses();
        List<PublishedItem> candidates = bank.current().pretest().stream()
                .filter(item -> !inAttempt.contains(item.item().id()))
                .filter(item -> !attempt.accessibleItems() || item.accessible())
                .filter(item -> attempt.mode() != TestMode.FORMATIVE
                        || attempt.competencies().contains(item.item().competency()))
                .filter(item -> responses.getOrDefault(item.item().id(), 0) < settings.targetResponses())
                .toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(candidates.get(new Random(attempt.seed() * 31 + position).nextInt(candidates.size())));
    }

    /** Counts the answer to a pretest item towards its target. */
    public void answered(ShownItem item) {
        counts.addResponse(item.itemId());
    }
}

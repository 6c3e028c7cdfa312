package fr.plume.tool.sync.application;

import static fr.plume.tool.sync.domain.DraftToItemTest.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.framework.content.Item;
import fr.plume.framework.content.ItemStatus;
import fr.plume.sync.format.Choice;
import fr.plume.sync.format.QuestionType;
import fr.plume.tool.shared.domain.PlumeProblemException;
import fr.plume.tool.sync.domain.PendingDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReviewDraftQuestionTest {

    private static final UUID MEMBER = UUID.randomUUID();

    private final SyncPorts.MemoryDrafts drafts = new SyncPorts.MemoryDrafts();
    private final List<Item> bank = new ArrayList<>();
    private final ReviewDraftQuestion review = new ReviewDraftQuestion(drafts, bank::add);

    private PendingDraft pendingChoice() {
        return drafts.add(MEMBER, "moodle:accords", draft("q1", QuestionType.SINGLE_CHOICE, "Choisissez.",
                List.of(Choice.of("ont", 0), Choice.of("on", 1)), List.of(), List.of()));
    }

    @Test
    void anAcceptedQuestionBecomesADraftItemOfTheBankAndIsDecided() {
        PendingDraft pending = pendingChoice();

        UUID itemId = review.accept(MEMBER, pending.id(), "1.1", 3, "CC-BY-SA-4.0", "author");

        assertThat(bank).singleElement().satisfies(item -> {
            assertThat(item.id()).isEqualTo(itemId);
            assertThat(item.status()).isEqualTo(ItemStatus.DRAFT);
        });
        assertThat(drafts.status(MEMBER, pending.id())).contains("ACCEPTED");
    }

    @Test
    void aCompetencyTheQuestionIsNotAlignedWithIsRefusedAndNothingIsDone() {
        PendingDraft pending = pendingChoice();

        assertThatThrownBy(() -> review.accept(MEMBER, pending.id(), "2.2", 3, "CC0", "author"))
                .isInstanceOf(PlumeProblemException.class).hasMessage("SYNC-DRAFT-COMPETENCY");
        assertThat(bank).isEmpty();
        assertThat(drafts.status(MEMBER, pending.id())).contains("PENDING");
    }

    @Test
    void aTypeWithoutEquivalentIsRefusedWithItsReason() {
        PendingDraft essay = drafts.add(MEMBER, "moodle:essais", draft("e1", QuestionType.ESSAY, "Rédigez.",
                List.of(), List.of(), List.of()));

        assertThatThrownBy(() -> review.accept(MEMBER, essay.id(), "1.1", 3, "CC0", "author"))
                .isInstanceOf(PlumeProblemException.class).hasMessage("SYNC-DRAFT-TYPE");
        assertThat(bank).isEmpty();
    }

    @Test
    void aRejectedQuestionIsDecidedOnceAndAnotherMembersIsNotFound() {
        PendingDraft pending = pendingChoice();

        assertThatThrownBy(() -> review.reject(UUID.randomUUID(), pending.id(), "author"))
                .isInstanceOf(PlumeProblemException.class).hasMessage("PLUME-NOT-FOUND");
        review.reject(MEMBER, pending.id(), "author");

        assertThat(drafts.status(MEMBER, pending.id())).contains("REJECTED");
        assertThatThrownBy(() -> review.reject(MEMBER, pending.id(), "author"))
                .isInstanceOf(PlumeProblemException.class).hasMessage("PLUME-NOT-FOUND");
    }
}

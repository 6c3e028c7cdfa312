package fr.plume.tool.sync.application;

import static fr.plume.tool.sync.domain.DraftToItemTest.draft;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.sync.format.Choice;
import fr.plume.sync.format.QuestionType;
import fr.plume.tool.sync.application.ListPendingDrafts.DraftForReview;
import fr.plume.tool.sync.domain.PendingDraft;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ListPendingDraftsTest {

    private static final UUID MEMBER = UUID.randomUUID();

    private final SyncPorts.MemoryDrafts drafts = new SyncPorts.MemoryDrafts();
    private final ListPendingDrafts list = new ListPendingDrafts(drafts);

    @Test
    void eachPendingQuestionOfTheMemberComesWithWhyItCannotBecomeAnItemIfSo() {
        PendingDraft choice = drafts.add(MEMBER, "moodle:a", draft("q1", QuestionType.SINGLE_CHOICE, "Choisissez.",
                List.of(Choice.of("ont", 0), Choice.of("on", 1)), List.of(), List.of()));
        PendingDraft essay = drafts.add(MEMBER, "moodle:a", draft("q2", QuestionType.ESSAY, "Rédigez.", List.of(),
                List.of(), List.of()));
        drafts.add(UUID.randomUUID(), "moodle:b", draft("q3", QuestionType.SINGLE_CHOICE, "Autre membre.",
                List.of(Choice.of("a", 1), Choice.of("b", 0)), List.of(), List.of()));

        List<DraftForReview> listed = list.of(MEMBER, 200);

        assertThat(listed).extracting(d -> d.pending().id()).containsExactly(choice.id(), essay.id());
        assertThat(listed).extracting(DraftForReview::refusal).containsExactly(null, "SYNC-DRAFT-TYPE");
    }

    @Test
    void listsNoMoreThanTheLimit() {
        for (int i = 0; i < 3; i++) {
            drafts.add(MEMBER, "moodle:a", draft("q" + i, QuestionType.SINGLE_CHOICE, "Q" + i,
                    List.of(Choice.of("a", 1), Choice.of("b", 0)), List.of(), List.of()));
        }
        assertThat(list.of(MEMBER, 2)).hasSize(2);
    }
}

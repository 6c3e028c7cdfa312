package fr.plume.tool.sync.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.framework.content.AnswerSpec;
import fr.plume.framework.content.Item;
import fr.plume.framework.content.ItemSelfCheck;
import fr.plume.framework.content.ItemStatus;
import fr.plume.sync.format.Choice;
import fr.plume.sync.format.ClozeGap;
import fr.plume.sync.format.ClozeSyntax;
import fr.plume.sync.format.CompetencyLink;
import fr.plume.sync.format.DraftItem;
import fr.plume.sync.format.DraftToItem;
import fr.plume.sync.format.MatchPair;
import fr.plume.sync.format.QuestionType;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

public class DraftToItemTest {

    private static final UUID MEMBER = UUID.randomUUID();

    /** A hashed harvested question aligned with 1.1 (by tag), for the tests that need one. */
    public static DraftItem draft(String sourceId, QuestionType type, String stem, List<Choice> choices, List<MatchPair> pairs,
            List<ClozeGap> gaps) {
        return new DraftItem(sourceId, type, "Question " + sourceId, "Accords", stem, choices, pairs, gaps,
                "<p>Bravo.</p>", "", 1.0, true, "", List.of(),
                List.of(new CompetencyLink("1.1", UUID.randomUUID(), CompetencyLink.How.TAG)), List.of(), null).hashed();
    }

    private static Item mapped(DraftItem d) {
        DraftToItem.Mapping m = DraftToItem.map(MEMBER, d, "1.1", 3, "CC-BY-SA-4.0", List.of("Moodle : test"));
        assertThat(m.refusal()).isNull();
        assertThat(m.item().status()).isEqualTo(ItemStatus.DRAFT);
        assertThat(ItemSelfCheck.problems(m.item())).isEmpty();
        return m.item();
    }

    @Test
    void choiceTypesMapWithTheirKeyAndVisibleText() {
        Item single = mapped(draft("s", QuestionType.SINGLE_CHOICE, "<p>Choisissez&nbsp;:</p>",
                List.of(Choice.of("<b>ont</b>", 0), Choice.of("on", 1)), List.of(), List.of()));
        assertThat(single.stem().fr()).isEqualTo("Choisissez :");
        assertThat(((AnswerSpec.SingleChoice) single.answer()).options()).containsExactly("ont", "on");
        assertThat(((AnswerSpec.SingleChoice) single.answer()).correct()).isEqualTo(1);
        assertThat(single.feedback().fr()).isEqualTo("Bravo.");
        assertThat(single.explanation().fr()).isEqualTo(DraftToItem.TO_WRITE);

        Item tf = mapped(draft("t", QuestionType.TRUE_FALSE, "Le mot « après » est une préposition.",
                List.of(Choice.of("true", 1), Choice.of("false", 0)), List.of(), List.of()));
        assertThat(((AnswerSpec.SingleChoice) tf.answer()).options()).containsExactly("Vrai", "Faux");

        Item multi = mapped(draft("m", QuestionType.MULTIPLE_CHOICE, "Lesquels ?",
                List.of(Choice.of("a", 0.5), Choice.of("b", -1), Choice.of("c", 0.5)), List.of(), List.of()));
        assertThat(((AnswerSpec.MultipleChoice) multi.answer()).correct()).containsExactly(0, 2);
    }

    @Test
    void gapsAndMatchingMapOntoClozeAndMatching() {
        Item gapselect = mapped(draft("g", QuestionType.GAP_SELECT, "Ils [[1]] partis, elles [[2]] venues.",
                List.of(new Choice("sont", 1, "", 1), new Choice("sont", 1, "", 2), new Choice("ont", 0, "", 1)),
                List.of(), List.of()));
        AnswerSpec.Cloze c = (AnswerSpec.Cloze) gapselect.answer();
        assertThat(c.text()).isEqualTo("Ils [[1]] partis, elles [[2]] venues.");
        assertThat(c.gaps()).hasSize(2);

        String stem = "Elle {1:MULTICHOICE:=est~a} venue, {1:SHORTANSWER_C:=hier} soir.";
        Item cloze = mapped(draft("c", QuestionType.CLOZE, stem, List.of(), List.of(), ClozeSyntax.parse(stem)));
        assertThat(((AnswerSpec.Cloze) cloze.answer()).text()).isEqualTo("Elle [[1]] venue, [[2]] soir.");

        Item matching = mapped(draft("x", QuestionType.MATCHING, "Associez.", List.of(),
                List.of(new MatchPair("chat", "cat"), new MatchPair("chien", "dog"), new MatchPair("", "bird")),
                List.of()));
        AnswerSpec.Matching key = (AnswerSpec.Matching) matching.answer();
        assertThat(key.left()).containsExactly("chat", "chien");
        assertThat(key.right()).containsExactly("cat", "dog", "bird");
    }

    @Test
    void whatHasNoExactEquivalentIsRefusedWithItsReason() {
        assertThat(DraftToItem.map(MEMBER, draft("e", QuestionType.ESSAY, "Rédigez.", List.of(), List.of(), List.of()),
                "1.1", 3, "CC0", List.of()).refusal()).isEqualTo("SYNC-DRAFT-TYPE");
        assertThat(DraftToItem.map(MEMBER, draft("w", QuestionType.SHORT_ANSWER, "Écrivez.",
                List.of(Choice.of("parl*", 1)), List.of(), List.of()), "1.1", 3, "CC0", List.of()).refusal())
                .isEqualTo("SYNC-DRAFT-ANSWER");
        String numeric = "Il y a {1:NUMERICAL:=3:0} mots.";
        assertThat(DraftToItem.map(MEMBER, draft("n", QuestionType.CLOZE, numeric, List.of(), List.of(),
                ClozeSyntax.parse(numeric)), "1.1", 3, "CC0", List.of()).refusal()).isEqualTo("SYNC-DRAFT-ANSWER");
        DraftItem fine = draft("s", QuestionType.SINGLE_CHOICE, "Q", List.of(Choice.of("a", 1), Choice.of("b", 0)),
                List.of(), List.of());
        assertThat(DraftToItem.map(MEMBER, fine, "", 3, "CC0", List.of()).refusal()).isEqualTo("SYNC-DRAFT-COMPETENCY");
        assertThat(DraftToItem.map(MEMBER, fine, "1.1", 7, "CC0", List.of()).refusal()).isEqualTo("SYNC-DRAFT-LEVEL");
        assertThat(DraftToItem.map(MEMBER, fine, "1.1", 3, " ", List.of()).refusal()).isEqualTo("SYNC-DRAFT-LICENCE");
        assertThat(DraftToItem.map(MEMBER, fine, "1.1", 3, "CC0", List.of()).item().id())
                .isEqualTo(DraftToItem.map(MEMBER, fine, "1.1", 3, "CC0", List.of()).item().id());
    }
}

package fr.plume.sync.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GiftReaderTest {

    @Test
    void readsTheGiftQuestionKinds() {
        QuestionImport imp = new GiftReader().read("gift", Resources.open("homophones.gift"));
        Map<String, DraftItem> q = imp.items().stream().collect(Collectors.toMap(DraftItem::name, Function.identity()));

        assertThat(q.get("a ou à").type()).isEqualTo(QuestionType.SINGLE_CHOICE);
        assertThat(q.get("a ou à").choices()).extracting(Choice::text).containsExactly("a", "à", "as");
        assertThat(q.get("a ou à").category()).isEqualTo("Orthographe/Homophones");
        DraftItem tf = q.get("Participe passé (vrai/faux)");
        assertThat(tf.type()).isEqualTo(QuestionType.TRUE_FALSE);
        assertThat(tf.choices().get(0).feedback()).contains("COD « qu' »");
        DraftItem multi = q.get("Homophones multiples");
        assertThat(multi.type()).isEqualTo(QuestionType.MULTIPLE_CHOICE);
        assertThat(multi.choices()).extracting(Choice::fraction).containsExactly(0.5, 0.5, -1.0);
        assertThat(multi.choices().get(2).feedback()).isEqualTo("« Ce » est singulier.");
        assertThat(multi.generalFeedback()).contains("pensez au pluriel");
        assertThat(q.get("Pluriel").type()).isEqualTo(QuestionType.SHORT_ANSWER);
        assertThat(q.get("Associer").pairs()).extracting(MatchPair::answer)
                .containsExactly("déterminant démonstratif", "déterminant possessif", "présentatif");
        assertThat(q.get("Mot manquant").stem()).isEqualTo("Il est parti _____ à lui, plus tard.");
        assertThat(q.get("Rédaction").type()).isEqualTo(QuestionType.ESSAY);
        assertThat(q.get("Échappements").stem()).isEqualTo("Le signe = et l'accolade { s'échappent:");
        assertThat(imp.skipped()).singleElement().satisfies(s -> assertThat(s.name()).isEqualTo("Calcul"));
    }

    @Test
    void unclosedBraceIsAClearErrorWithTheLine() {
        String gift = "::ok::Bonne {=oui ~non}\n\n::cassé::Question {=a ~b\n";
        assertThatThrownBy(() -> new GiftReader().read("g", MoodleXmlReaderTest.stream(gift)))
                .isInstanceOf(FormatException.class).hasMessageContaining("ligne 3");
    }

    @Test
    void binaryOrNonUtf8ContentIsRefused() {
        assertThatThrownBy(() -> new GiftReader().read("g", new java.io.ByteArrayInputStream(new byte[] {1, 0, 2})))
                .isInstanceOf(FormatException.class).hasMessageContaining("binaire");
        assertThatThrownBy(() -> new GiftReader().read("g", new java.io.ByteArrayInputStream(new byte[] {'a', (byte) 0xE9, '{', '}'})))
                .isInstanceOf(FormatException.class).hasMessageContaining("UTF-8");
    }
}

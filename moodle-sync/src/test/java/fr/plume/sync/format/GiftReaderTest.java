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
    void formatTagsAreReadWhereMoodleReadsThemAndTheTextsBecomeHtml() {
        String gift = """
                ::Couleur::[html]<p>De quelle couleur est le ciel ?</p>{
                  =[plain]bleu#[markdown]Oui, **bleu**.
                  ~[html]<em>vert</em>#[plain]Non : <vert> n'est pas la couleur du ciel.
                }

                ::Pluriel::[markdown]Écrivez le pluriel de *œil* : {=[plain]yeux#[html]<p>Bravo</p> =[moodle]Yeux}

                ::Vrai ou faux::Le ciel est bleu. {T#[plain]Faux : a < b#[markdown]_Exact_.}

                ::Paires::[plain]Associez. {
                  =[markdown]**ces** -> [plain]démonstratif
                  =[html]<b>ses</b> -> possessif
                }

                ::Mot manquant::[markdown]Il est parti {=quant ~quand} à lui.
                """;
        Map<String, DraftItem> q = new GiftReader().read("g", MoodleXmlReaderTest.stream(gift)).items().stream()
                .collect(Collectors.toMap(DraftItem::name, Function.identity()));

        DraftItem colour = q.get("Couleur");
        assertThat(colour.stem()).isEqualTo("<p>De quelle couleur est le ciel ?</p>");
        assertThat(colour.choices()).extracting(Choice::text, Choice::feedback).containsExactly(
                org.assertj.core.groups.Tuple.tuple("bleu", "<p>Oui, <strong>bleu</strong>.</p>"),
                org.assertj.core.groups.Tuple.tuple("<em>vert</em>", "Non : &lt;vert&gt; n'est pas la couleur du ciel."));
        DraftItem plural = q.get("Pluriel");
        assertThat(plural.type()).isEqualTo(QuestionType.SHORT_ANSWER);
        assertThat(plural.stem()).isEqualTo("<p>Écrivez le pluriel de <em>œil</em> :</p>");
        assertThat(plural.choices()).extracting(Choice::text).containsExactly("yeux", "Yeux");
        assertThat(plural.choices().get(0).feedback()).isEqualTo("<p>Bravo</p>");
        assertThat(q.get("Vrai ou faux").choices()).extracting(Choice::feedback)
                .containsExactly("<p><em>Exact</em>.</p>", "Faux : a &lt; b");
        DraftItem pairs = q.get("Paires");
        assertThat(pairs.stem()).isEqualTo("Associez.");
        // Moodle reads a tag on the prompt only: the answer side is plain text, kept as written
        assertThat(pairs.pairs()).extracting(MatchPair::prompt, MatchPair::answer).containsExactly(
                org.assertj.core.groups.Tuple.tuple("<p><strong>ces</strong></p>", "[plain]démonstratif"),
                org.assertj.core.groups.Tuple.tuple("<b>ses</b>", "possessif"));
        DraftItem missing = q.get("Mot manquant");
        assertThat(missing.stem()).isEqualTo("<p>Il est parti _____ à lui.</p>");
        assertThat(missing.choices()).extracting(Choice::text).containsExactly("<p>quant</p>", "<p>quand</p>");
    }

    @Test
    void unclosedBraceIsAClearErrorWithTheLine() {
        String gift = "::ok::Bonne {=oui ~non}\n\n::cassé::Question {=a ~b\n";
        assertThatThrownBy(() -> new GiftReader().read("g", MoodleXmlReaderTest.stream(gift)))
                .isInstanceOf(FormatException.class).hasMessageContaining("ligne 3");
    }

    @Test
    void aWindows1252FileIsRefusedAtTheLineOfItsFirstAccentSayingItIsNotUtf8() {
        String gift = "// Banque enregistrée sous Windows\n\n::ok::Il {=a ~as} mangé.\n\n::deux::Très bien {=oui ~non}\n";
        byte[] windows1252 = gift.getBytes(java.nio.charset.Charset.forName("windows-1252"));

        assertThatThrownBy(() -> new GiftReader().read("g", new java.io.ByteArrayInputStream(windows1252)))
                .isInstanceOf(FormatException.class).hasMessageContaining("ligne 1")
                .hasMessageContaining("pas encodé en UTF-8").hasMessageContaining("0xE9")
                .hasMessageContaining("« é » en windows-1252");
        byte[] laterLine = ("::ok::Il {=a ~as} mange.\r\n\r\n::deux::Tr\u00e8s bien {=oui ~non}\r\n")
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertThatThrownBy(() -> new GiftReader().read("g", new java.io.ByteArrayInputStream(laterLine)))
                .isInstanceOf(FormatException.class).hasMessageContaining("ligne 3").hasMessageContaining("« è »");
    }

    @Test
    void binaryOrNonUtf8ContentIsRefused() {
        assertThatThrownBy(() -> new GiftReader().read("g", new java.io.ByteArrayInputStream(new byte[] {1, 0, 2})))
                .isInstanceOf(FormatException.class).hasMessageContaining("binaire");
        assertThatThrownBy(() -> new GiftReader().read("g", new java.io.ByteArrayInputStream(new byte[] {'a', (byte) 0xE9, '{', '}'})))
                .isInstanceOf(FormatException.class).hasMessageContaining("UTF-8");
    }
}

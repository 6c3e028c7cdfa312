package fr.plume.sync.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MoodleXmlReaderTest {

    QuestionImport read() {
        return new MoodleXmlReader().read("banque", Resources.open("accords-et-ponctuation.moodle.xml"));
    }

    Map<String, DraftItem> byName(QuestionImport imp) {
        return imp.items().stream().collect(Collectors.toMap(DraftItem::name, Function.identity()));
    }

    @Test
    void readsEveryQuestionTypeWithItsCategory() {
        QuestionImport imp = read();

        assertThat(imp.items()).extracting(DraftItem::type).containsExactly(QuestionType.SINGLE_CHOICE,
                QuestionType.MULTIPLE_CHOICE, QuestionType.TRUE_FALSE, QuestionType.SHORT_ANSWER, QuestionType.CLOZE,
                QuestionType.GAP_SELECT, QuestionType.DRAG_DROP_WORDS, QuestionType.MATCHING, QuestionType.ESSAY);
        assertThat(imp.skipped()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("Nombre de virgules");
            assertThat(s.reason()).contains("numerical");
        });
        Map<String, DraftItem> q = byName(imp);
        assertThat(q.get("Accord de l'adjectif de couleur").category()).isEqualTo("Orthographe/Accords");
        assertThat(q.get("Courriel de réclamation").category()).isEqualTo("Syntaxe et ponctuation");
    }

    @Test
    void keepsAnswersFractionsFeedbackTagsAndIdnumber() {
        Map<String, DraftItem> q = byName(read());
        DraftItem single = q.get("Accord de l'adjectif de couleur");
        assertThat(single.choices()).extracting(Choice::fraction).containsExactly(1.0, 0.0, 0.0);
        assertThat(single.choices().get(0).feedback()).contains("nom employé comme adjectif");
        assertThat(single.idnumber()).isEqualTo("22222222-0000-4000-8000-000000000011");
        assertThat(single.sourceId()).isEqualTo("banque:idnumber/22222222-0000-4000-8000-000000000011");
        assertThat(single.tags()).containsExactly("accords");
        assertThat(single.attachments()).singleElement().satisfies(a -> assertThat(a.name()).isEqualTo("robes.png"));
        assertThat(single.contentHash()).hasSize(64);

        DraftItem multi = q.get("Participes passés correctement accordés");
        assertThat(multi.choices()).extracting(Choice::fraction).containsExactly(0.5, 0.5, -1.0);
        assertThat(multi.defaultGrade()).isEqualTo(2.0);
        assertThat(multi.sourceId()).isEqualTo("banque:Orthographe/Accords/Participes passés correctement accordés");

        assertThat(q.get("Après que + indicatif").choices()).extracting(Choice::text, Choice::fraction)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("true", 1.0), org.assertj.core.groups.Tuple.tuple("false", 0.0));
        assertThat(q.get("Courriel de réclamation").graderInfo()).contains("registre");
    }

    @Test
    void parsesClozeGapsAndGapGroupsAndMatchingPairs() {
        Map<String, DraftItem> q = byName(read());
        DraftItem cloze = q.get("Texte à trous : homophones");
        assertThat(cloze.gaps()).hasSize(3);
        assertThat(cloze.gaps().get(0).kind()).isEqualTo("MULTICHOICE");
        assertThat(cloze.gaps().get(0).choices()).extracting(Choice::text).containsExactly("a", "à");
        assertThat(cloze.gaps().get(0).choices().get(1).feedback()).contains("avait");
        assertThat(cloze.gaps().get(1).kind()).isEqualTo("SHORTANSWER");
        assertThat(cloze.gaps().get(2).weight()).isEqualTo(2);
        assertThat(cloze.gaps().get(2).kind()).isEqualTo("MULTICHOICE_V");

        assertThat(q.get("Choisir le connecteur").choices()).extracting(Choice::text, Choice::group).containsExactly(
                org.assertj.core.groups.Tuple.tuple("pourtant", 1), org.assertj.core.groups.Tuple.tuple("toutefois", 2),
                org.assertj.core.groups.Tuple.tuple("donc", 1));
        assertThat(q.get("Placer la ponctuation").choices()).extracting(Choice::text).containsExactly(",", ",", "!");
        assertThat(q.get("Associer signe et usage").pairs()).extracting(MatchPair::prompt)
                .containsExactly("<p>Point-virgule</p>", "<p>Deux-points</p>", "");
    }

    @Test
    void readsClozeQuestionsAsMoodleExportsThemAndRefusesWhatMoodleRefusesWithTheReason() {
        QuestionImport imp = new MoodleXmlReader().read("trous", Resources.open("textes-a-trous.moodle43.xml"));
        Map<String, DraftItem> q = byName(imp);

        assertThat(q.keySet()).containsExactlyInAnyOrder("Homophones en contexte", "Nombre de syllabes");
        DraftItem homophones = q.get("Homophones en contexte");
        assertThat(homophones.type()).isEqualTo(QuestionType.CLOZE);
        assertThat(homophones.category()).isEqualTo("Textes à trous");
        assertThat(homophones.gaps()).extracting(ClozeGap::kind).containsExactly("MULTICHOICE_S", "SHORTANSWER");
        assertThat(homophones.gaps().get(1).choices()).extracting(Choice::text, Choice::fraction)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", 1.0), org.assertj.core.groups.Tuple.tuple("à", 0.5));
        assertThat(q.get("Nombre de syllabes").gaps().get(0).choices()).extracting(Choice::fraction)
                .containsExactly(1.0, 0.335);

        Map<String, String> refused = imp.skipped().stream()
                .collect(Collectors.toMap(QuestionImport.Skipped::name, QuestionImport.Skipped::reason));
        assertThat(refused).containsOnlyKeys("Un seul choix proposé", "Aucune réponse juste", "Nombre écrit en lettres",
                "Sans réponse intégrée");
        assertThat(refused.get("Un seul choix proposé")).contains("trou 1").contains("au moins deux réponses");
        assertThat(refused.get("Aucune réponse juste")).contains("aucune réponse à 100 %");
        assertThat(refused.get("Nombre écrit en lettres")).contains("« douze » n'est pas un nombre");
        assertThat(refused.get("Sans réponse intégrée")).contains("aucune réponse intégrée");
    }

    @Test
    void moodle19ImagesBecomeAFileOfTheQuestionTextAsMoodleImportsThemAndANameWithoutContentIsReported() {
        QuestionImport imp = new MoodleXmlReader().read("anciennes", Resources.open("images-moodle19.xml"));
        Map<String, DraftItem> q = byName(imp);

        DraftItem pictured = q.get("Accent circonflexe");
        assertThat(pictured.attachments()).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("affiches_fenetre.png");
            assertThat(a.approximateBytes()).isEqualTo(72);
        });
        assertThat(pictured.stem()).endsWith("<img src=\"@@PLUGINFILE@@/affiches_fenetre.png\" />");
        assertThat(q.get("Légende perdue").attachments()).isEmpty();
        assertThat(imp.warnings()).singleElement().satisfies(w -> {
            assertThat(w.name()).isEqualTo("Légende perdue");
            assertThat(w.message()).contains("legendes/ancienne.gif").contains("<image_base64>");
        });
    }

    @Test
    void sameContentGivesSameHashWhateverTheFormatting() {
        String a = "<quiz><question type=\"shortanswer\"><name><text>N</text></name><questiontext format=\"html\"><text>Q</text>"
                + "</questiontext><answer fraction=\"100\"><text>r</text></answer></question></quiz>";
        String b = "<?xml version=\"1.0\"?>\r\n<quiz>\r\n  <question type=\"shortanswer\">\r\n <name><text>  N </text></name>"
                + "<questiontext format=\"html\"><text><![CDATA[Q]]></text></questiontext>\r\n"
                + "<answer fraction=\"100.0000000\"><text>r</text></answer></question></quiz>";
        String c = a.replace(">r<", ">s<");
        String ha = new MoodleXmlReader().read("x", stream(a)).items().get(0).contentHash();
        assertThat(new MoodleXmlReader().read("x", stream(b)).items().get(0).contentHash()).isEqualTo(ha);
        assertThat(new MoodleXmlReader().read("x", stream(c)).items().get(0).contentHash()).isNotEqualTo(ha);
    }

    @Test
    void refusesDoctypeAndExternalEntities() {
        assertThatThrownBy(() -> new MoodleXmlReader().read("x", Resources.open("hostile-xxe.xml")))
                .isInstanceOf(HostileInputException.class).hasMessageContaining("DOCTYPE");
        assertThatThrownBy(() -> new MoodleXmlReader().read("x", Resources.open("hostile-billion-laughs.xml")))
                .isInstanceOf(HostileInputException.class);
    }

    @Test
    void refusesPluginFileNamesThatLookLikePaths() {
        assertThatThrownBy(() -> new MoodleXmlReader().read("x", Resources.open("hostile-pluginfile-path.xml")))
                .isInstanceOf(HostileInputException.class).hasMessageContaining("Nom de fichier intégré refusé");
    }

    @Test
    void embeddedFilesAreCountedNotKeptAndCapped() {
        String big = "A".repeat(400_000);
        String xml = "<quiz><question type=\"shortanswer\"><name><text>N</text></name><questiontext format=\"html\">"
                + "<text>Q</text><file name=\"f.png\" path=\"/\" encoding=\"base64\">" + big + "</file></questiontext>"
                + "<answer fraction=\"100\"><text>r</text></answer></question></quiz>";
        DraftItem item = new MoodleXmlReader().read("x", stream(xml)).items().get(0);
        assertThat(item.attachments().get(0).approximateBytes()).isEqualTo(300_000);

        InputLimits small = new InputLimits(10L << 20, 100_000, 64, 1 << 20, 10, 100);
        assertThatThrownBy(() -> new MoodleXmlReader(small).read("x", stream(xml)))
                .isInstanceOf(HostileInputException.class).hasMessageContaining("f.png");
    }

    @Test
    void refusesOversizeInputAndMalformedXmlClearly() {
        InputLimits tiny = new InputLimits(100, 100, 64, 1000, 10, 100);
        assertThatThrownBy(() -> new MoodleXmlReader(tiny).read("x", Resources.open("accords-et-ponctuation.moodle.xml")))
                .isInstanceOf(HostileInputException.class).hasMessageContaining("trop volumineux");
        assertThatThrownBy(() -> new MoodleXmlReader().read("x", stream("<quiz><question type=\"essay\"></quiz>")))
                .isInstanceOf(FormatException.class).hasMessageContaining("ligne");
        assertThatThrownBy(() -> new MoodleXmlReader().read("x", stream("<html><body/></html>")))
                .isInstanceOf(FormatException.class).hasMessageContaining("<quiz>");
    }

    static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}

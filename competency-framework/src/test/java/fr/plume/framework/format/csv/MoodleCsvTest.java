package fr.plume.framework.format.csv;

import fr.plume.framework.TestFrameworks;
import fr.plume.framework.format.ImportResult;
import fr.plume.framework.model.Competency;
import fr.plume.framework.model.Domain;
import fr.plume.framework.model.Framework;
import fr.plume.framework.model.LocalizedText;
import fr.plume.framework.validation.Problem;
import fr.plume.framework.validation.ProblemCodes;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class MoodleCsvTest {

    private final Framework framework = TestFrameworks.small();

    private static List<CSVRecord> records(byte[] csv) throws IOException {
        return CSVFormat.DEFAULT.parse(new StringReader(new String(csv, StandardCharsets.UTF_8))).getRecords();
    }

    private static byte[] csv(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        try (var printer = new org.apache.commons.csv.CSVPrinter(out, MoodleCsvWriter.FORMAT)) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private List<List<String>> writtenRows() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        records(MoodleCsvWriter.write(framework)).forEach(record -> rows.add(new ArrayList<>(record.toList())));
        return rows;
    }

    @Test
    void writesMoodlesFourteenColumnsInTheOrderItsImporterReadsThem() throws IOException {
        List<CSVRecord> records = records(MoodleCsvWriter.write(framework));
        assertThat(records.get(0).toList()).containsExactly("Parent ID number", "ID number", "Short name", "Description",
                "Description format", "Scale values", "Scale configuration", "Rule type (optional)",
                "Rule outcome (optional)", "Rule config (optional)", "Cross-referenced competency ID numbers",
                "Exported ID (optional)", "Is framework", "Taxonomy");
        assertThat(records).allSatisfy(record -> assertThat(record.size()).isEqualTo(14));
    }

    @Test
    void writesTheFrameworkRowThenEachDomainFollowedByItsCompetencies() throws IOException {
        List<CSVRecord> records = records(MoodleCsvWriter.write(framework));
        CSVRecord frameworkRow = records.get(1);
        assertThat(frameworkRow.get(12)).isEqualTo("1");
        assertThat(frameworkRow.get(1)).isEqualTo("TEST-FW");
        assertThat(frameworkRow.get(5)).isEqualTo("Niveau 1,Niveau 2,Niveau 3,Niveau 4,Niveau 5,Niveau 6");
        assertThat(frameworkRow.get(6)).startsWith("[{\"scaleid\":\"0\"},{\"id\":1,\"scaledefault\":1,\"proficient\":0}");
        assertThat(frameworkRow.get(13)).isEqualTo("domain,competency");
        assertThat(records.subList(2, records.size())).extracting(r -> r.get(0), r -> r.get(2)).containsExactly(
                tuple("", "1 Orthographe"),
                tuple(TestFrameworks.id(11).toString(), "1.1 Orthographe lexicale " + TestFrameworks.NON_BMP),
                tuple(TestFrameworks.id(11).toString(), "1.2 Accords, pluriels"),
                tuple("", "2 Grammaire"),
                tuple(TestFrameworks.id(12).toString(), "2.1 Conjugaison"),
                tuple(TestFrameworks.id(12).toString(), "2.10 Ponctuation ; virgules"));
    }

    @Test
    void putsLevelsAndEnglishInAMultilangHtmlDescription() throws IOException {
        String description = records(MoodleCsvWriter.write(framework)).get(3).get(3);
        assertThat(description)
                .startsWith("<div class=\"plume-competency\" data-plume-code=\"1.1\"><span lang=\"fr\" class=\"multilang\">")
                .contains("<li value=\"1\">Niveau 1 de 1.1 : l'élève « écrit » &amp; corrige &lt;bien&gt;</li>")
                .contains("<span lang=\"en\" class=\"multilang\"><p class=\"plume-title\">Orthographe lexicale " + TestFrameworks.NON_BMP + " (en)</p>");
    }

    @Test
    void shortensLongShortnamesToMoodlesLimitAndKeepsTheFullTitle() throws IOException {
        String longTitle = "Adapter son écrit à la situation de communication universitaire et professionnelle, "
                + "y compris les courriels délicats " + TestFrameworks.NON_BMP + " et les rapports";
        Framework longer = TestFrameworks.withCompetency(framework, "1.1",
                c -> new Competency(c.idnumber(), c.code(), new LocalizedText(longTitle, ""), c.description(), c.levels()));

        byte[] csv = MoodleCsvWriter.write(longer);

        String shortname = records(csv).get(3).get(2);
        assertThat(shortname.codePointCount(0, shortname.length())).isEqualTo(100);
        assertThat(shortname).endsWith("…");
        assertThat(MoodleCsvReader.read(csv).framework()).contains(longer);
    }

    @Test
    void escapesCommasInRelatedIdnumberListsLikeMoodle() {
        assertThat(IdNumberList.encode(List.of("a,b", "c"))).isEqualTo("a%2Cb,c");
        assertThat(IdNumberList.decode("a%2Cb,c")).containsExactly("a,b", "c");
        assertThat(IdNumberList.decode("")).isEmpty();
        assertThat(IdNumberList.decode(IdNumberList.encode(List.of("x,,y", "z")))).containsExactly("x,,y", "z");
    }

    @Test
    void reportsRelatedIdnumbersThatPointNowhere() throws IOException {
        List<List<String>> rows = writtenRows();
        rows.get(3).set(10, IdNumberList.encode(List.of(TestFrameworks.id(112).toString(), "ancien,code")));

        ImportResult result = MoodleCsvReader.read(csv(rows));

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCodes.CSV_UNKNOWN_RELATED);
            assertThat(problem.location()).isEqualTo("ligne 5, colonne K (relatedidnumbers)");
            assertThat(problem.message()).contains("« ancien,code »");
        });
    }

    @Test
    void reportsValuesOverOneHundredCharactersInsteadOfLettingMoodleCutThem() throws IOException {
        List<List<String>> rows = writtenRows();
        rows.get(4).set(2, "1.2 " + "x".repeat(120));

        ImportResult result = MoodleCsvReader.read(csv(rows));

        assertThat(result.framework()).isEmpty();
        assertThat(result.problems()).extracting(Problem::code, Problem::location)
                .contains(tuple(ProblemCodes.CSV_TOO_LONG, "ligne 6, colonne C (shortname)"));
    }

    @Test
    void reportsLatin1BytesLineByLineWithoutGarblingThem() {
        String text = new String(MoodleCsvWriter.write(framework), StandardCharsets.UTF_8);
        byte[] latin1 = text.replace(TestFrameworks.NON_BMP, "").getBytes(StandardCharsets.ISO_8859_1);

        ImportResult result = MoodleCsvReader.read(latin1);

        assertThat(result.framework()).isEmpty();
        assertThat(result.problems()).isNotEmpty().allSatisfy(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCodes.CSV_ENCODING);
            assertThat(problem.message()).contains("Latin-1", "UTF-8");
        });
        // The framework row spans lines 2-3 (its description has a line break), so the first domain is on line 4.
        assertThat(result.problems()).extracting(Problem::location).contains("ligne 2", "ligne 4").doesNotContain("ligne 1", "ligne 3");
        assertThat(result.problems().get(0).message()).contains("octet 0xE9");
    }

    @Test
    void acceptsAByteOrderMarkAndSemicolonsAsSpreadsheetsWriteThem() throws IOException {
        StringBuilder out = new StringBuilder("\uFEFF");
        try (var printer = new org.apache.commons.csv.CSVPrinter(out, CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
            for (List<String> row : writtenRows()) {
                printer.printRecord(row);
            }
        }
        assertThat(MoodleCsvReader.read(out.toString().getBytes(StandardCharsets.UTF_8)).framework()).contains(framework);
    }

    @Test
    void reportsACyclicParentChainAndAMissingParentWithTheirLines() throws IOException {
        List<List<String>> rows = writtenRows();
        rows.get(2).set(0, TestFrameworks.id(111).toString());
        rows.get(6).set(0, "00000000-0000-4000-8000-000000000999");

        ImportResult result = MoodleCsvReader.read(csv(rows));

        assertThat(result.framework()).isEmpty();
        assertThat(result.problems()).extracting(Problem::code, Problem::location).contains(
                tuple(ProblemCodes.CYCLE, "ligne 4, colonne A (parentidnumber)"),
                tuple(ProblemCodes.ORPHAN, "ligne 8, colonne A (parentidnumber)"));
    }

    @Test
    void countsPhysicalLinesWhenAQuotedFieldSpansSeveralLines() throws IOException {
        List<List<String>> rows = writtenRows();
        assertThat(rows.get(1).get(3)).contains("\n");
        rows.get(2).set(1, "");
        assertThat(MoodleCsvReader.read(csv(rows)).problems()).extracting(Problem::code, Problem::location)
                .contains(tuple(ProblemCodes.MISSING_IDNUMBER, "ligne 4, colonne B (idnumber)"),
                        tuple(ProblemCodes.ORPHAN, "ligne 5, colonne A (parentidnumber)"));
    }

    @Test
    void reportsEveryDuplicateIdnumberWithItsLine() throws IOException {
        List<List<String>> rows = writtenRows();
        rows.get(4).set(1, TestFrameworks.id(111).toString());
        rows.get(7).set(1, TestFrameworks.id(121).toString().toUpperCase());

        assertThat(MoodleCsvReader.read(csv(rows)).problems())
                .filteredOn(problem -> problem.code().equals(ProblemCodes.DUPLICATE_IDNUMBER))
                .extracting(Problem::location, Problem::message).containsExactly(
                        tuple("ligne 6, colonne B (idnumber)", "L'identifiant " + TestFrameworks.id(111)
                                + " est déjà utilisé à la ligne 5 ; Moodle écraserait la première compétence."),
                        tuple("ligne 9, colonne B (idnumber)", "L'identifiant " + TestFrameworks.id(121)
                                + " est déjà utilisé à la ligne 8 ; Moodle écraserait la première compétence."));
    }

    @Test
    void reportsAFileWithoutFrameworkRowOrWithTooFewColumns() throws IOException {
        List<List<String>> rows = writtenRows();
        rows.remove(1);
        assertThat(MoodleCsvReader.read(csv(rows)).problems()).extracting(Problem::code).containsExactly(ProblemCodes.CSV_FRAMEWORK_ROW);

        assertThat(MoodleCsvReader.read("a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8)).problems())
                .singleElement().satisfies(problem -> {
                    assertThat(problem.code()).isEqualTo(ProblemCodes.CSV_COLUMNS);
                    assertThat(problem.message()).contains("3 colonne(s)", "Parent ID number");
                });
    }

    @Test
    void reportsAnUnclosedQuote() {
        String broken = new String(MoodleCsvWriter.write(framework), StandardCharsets.UTF_8) + "\"unclosed,\n";
        assertThat(MoodleCsvReader.read(broken.getBytes(StandardCharsets.UTF_8)).problems())
                .extracting(Problem::code).containsExactly(ProblemCodes.CSV_MALFORMED);
    }

    @Test
    void explainsThatACsvExportedFromAnotherMoodleFrameworkLacksPlumeData() {
        String moodleExport = String.join("\n",
                "Numéro d'identification du parent,Numéro d'identification,Nom abrégé,Description,Format de description,Valeurs du barème,Configuration du barème,Type de règle (facultatif),Résultat de la règle (facultatif),Configuration de la règle (facultatif),Numéros d'identification des compétences liées,ID exporté (facultatif),Est un référentiel,Taxonomie",
                ",FW1,Mon référentiel,<p>Un référentiel&nbsp;Moodle</p>,1,\"Pas encore,Acquis\",\"[{\"\"scaleid\"\":\"\"2\"\"}]\",,,,,,1,\"competency\"",
                ",C1,Écrire,<p>Écrire des textes</p>,1,,,,0,null,,4,,",
                "C1,C2,1.1 Relire,<p>Relire un texte</p>,1,,,,0,null,,5,,");
        ImportResult result = MoodleCsvReader.read(moodleExport.getBytes(StandardCharsets.UTF_8));
        assertThat(result.framework()).isEmpty();
        assertThat(result.problems()).extracting(Problem::code)
                .contains(ProblemCodes.CSV_PLUME_METADATA, ProblemCodes.INVALID_UUID, ProblemCodes.MISSING_LEVEL, ProblemCodes.MISSING_CODE);
    }

    @Test
    void readsADescriptionThatIsNotPlumeHtmlAsFrenchText() {
        DescriptionHtml.Parsed parsed = DescriptionHtml.read("<p>Écrire&nbsp;des <b>textes</b> &amp; les relire</p>");
        assertThat(parsed.structured()).isFalse();
        assertThat(parsed.description()).isEqualTo(new LocalizedText("Écrire des textes & les relire", ""));
        assertThat(DescriptionHtml.read("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><div>&e;</div>").structured()).isFalse();
    }

    @Test
    void reportsLevelsThatADomainShouldNotHave() throws IOException {
        List<List<String>> rows = writtenRows();
        rows.get(2).set(3, rows.get(3).get(3));
        assertThat(MoodleCsvReader.read(csv(rows)).problems()).extracting(Problem::code).contains(ProblemCodes.TOO_DEEP);
    }

    @Test
    void isDeterministicSoCommittedExportsCanBeCompared() {
        assertThat(MoodleCsvWriter.write(framework)).isEqualTo(MoodleCsvWriter.write(framework));
        Domain domain = framework.domains().get(0);
        assertThat(domain.code()).isEqualTo("1");
    }
}

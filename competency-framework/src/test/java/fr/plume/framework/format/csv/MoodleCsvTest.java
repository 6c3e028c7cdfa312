package fr.plume.framework.format.csv;

import fr.plume.framework.TestFrameworks;
import fr.plume.framework.format.FrameworkFormat;
import fr.plume.framework.format.FrameworkFormats;
import fr.plume.framework.format.ImportResult;
import fr.plume.framework.format.moodle.MoodleScale;
import fr.plume.framework.model.Competency;
import fr.plume.framework.model.Domain;
import fr.plume.framework.model.Framework;
import fr.plume.framework.model.LocalizedText;
import fr.plume.framework.validation.Problem;
import fr.plume.framework.validation.ProblemCodes;
import fr.plume.framework.validation.ProblemList;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        assertThat(frameworkRow.get(1)).isEqualTo(TestFrameworks.id(1).toString());
        assertThat(frameworkRow.get(2)).isEqualTo("TEST-FW Référentiel d'essai " + TestFrameworks.NON_BMP);
        assertThat(frameworkRow.get(5)).isEqualTo("Niveau 1,Niveau 2,Niveau 3,Niveau 4,Niveau 5,Niveau 6");
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
    void makesLevelsProficientFromTheOneConfiguredThreshold() throws IOException {
        assertThat(records(MoodleCsvWriter.write(framework)).get(1).get(6)).isEqualTo(
                MoodleScale.configuration("0", 6, MoodleScale.DEFAULT_PROFICIENT_FROM)).isEqualTo("[{\"scaleid\":\"0\"},"
                + "{\"id\":1,\"scaledefault\":1,\"proficient\":0},{\"id\":2,\"scaledefault\":0,\"proficient\":0},"
                + "{\"id\":3,\"scaledefault\":0,\"proficient\":0},{\"id\":4,\"scaledefault\":0,\"proficient\":1},"
                + "{\"id\":5,\"scaledefault\":0,\"proficient\":1},{\"id\":6,\"scaledefault\":0,\"proficient\":1}]");
        assertThat(records(MoodleCsvWriter.write(framework, 3)).get(1).get(6))
                .contains("{\"id\":2,\"scaledefault\":0,\"proficient\":0}", "{\"id\":3,\"scaledefault\":0,\"proficient\":1}");
    }

    @Test
    void putsLevelsAndEnglishInMultilangSpansAroundEachText() throws IOException {
        String description = records(MoodleCsvWriter.write(framework)).get(3).get(3);
        assertThat(description)
                .startsWith("<div class=\"plume-competency\"><p class=\"plume-title\"><span lang=\"fr\" class=\"multilang\">"
                        + "Orthographe lexicale " + TestFrameworks.NON_BMP + "</span><span lang=\"en\" class=\"multilang\">"
                        + "Orthographe lexicale " + TestFrameworks.NON_BMP + " (en)</span></p>")
                .contains("<li value=\"1\"><span lang=\"fr\" class=\"multilang\">Niveau 1 de 1.1 : l'élève « écrit » &amp; "
                        + "corrige &lt;bien&gt;</span><span lang=\"en\" class=\"multilang\">Level 1 of 1.1</span></li>");
    }

    @Test
    void writesDescriptionsThatSurviveMoodlesHtmlCleaning() throws IOException {
        // Moodle's HTMLPurifier drops data-* attributes and empties a span around block content (p, ol, div):
        // every multilang span must hold plain text only, and be written exactly as Moodle's cleaner keeps it.
        List<CSVRecord> records = records(MoodleCsvWriter.write(framework));
        assertThat(records.subList(1, records.size())).extracting(r -> r.get(3)).allSatisfy(description -> {
            String outsideSpans = description.replaceAll("<span lang=\"(fr|en)\" class=\"multilang\">[^<]*</span>", "");
            assertThat(outsideSpans).doesNotContain("multilang").doesNotContain("lang=").doesNotContain("data-");
        });
        assertThat(records.get(1).get(3)).contains("<span class=\"plume-version\">1.2.0-rc.1+build.5</span>");
    }

    @Test
    void showsEachReaderOneLanguageThroughMoodlesMultilangFilter() throws IOException {
        String description = records(MoodleCsvWriter.write(framework)).get(3).get(3);

        assertThat(multilangFilter(description, "fr")).contains("Description de 1.1", "Niveau 6 de 1.1")
                .doesNotContain("Description of 1.1", "Level 6 of 1.1", "(en)");
        assertThat(multilangFilter(description, "en")).contains("Description of 1.1", "Level 6 of 1.1", "(en)")
                .doesNotContain("Description de 1.1", "Niveau 6 de 1.1");
    }

    /** Like Moodle's filter_multilang: each run of two or more adjacent multilang spans becomes the reader's text. */
    private static String multilangFilter(String html, String language) {
        Matcher runs = Pattern.compile("(?:<span lang=\"[a-z]+\" class=\"multilang\">[^<]*</span>\\s*){2,}").matcher(html);
        StringBuilder out = new StringBuilder();
        while (runs.find()) {
            Matcher span = Pattern.compile("<span lang=\"([a-z]+)\" class=\"multilang\">([^<]*)</span>").matcher(runs.group());
            Map<String, String> byLanguage = new LinkedHashMap<>();
            while (span.find()) {
                byLanguage.putIfAbsent(span.group(1), span.group(2));
            }
            // The reader's language, else the first one given, as the filter does.
            String chosen = byLanguage.getOrDefault(language, byLanguage.values().iterator().next());
            runs.appendReplacement(out, Matcher.quoteReplacement(chosen));
        }
        return runs.appendTail(out).toString();
    }

    @Test
    void readsBackMoodlesExportOfAFrameworkPlumeCreatedThere() throws IOException {
        // Written by hand from tool_lpimportcsv's framework_exporter: fputcsv quoting, the framework row with the id of
        // the scale Moodle created, competency rows in database order (1.1 was updated, so it comes last) with
        // Moodle's ids as "exportid", descriptions as cleaned by Moodle (one edited in the editor, which added dir
        // and style attributes).
        byte[] exported;
        try (var in = getClass().getResourceAsStream("/moodle/test-framework-exported-by-moodle-4.3.csv")) {
            exported = in.readAllBytes();
        }

        ImportResult result = MoodleCsvReader.read(exported);

        assertThat(result.problems()).isEmpty();
        assertThat(result.framework()).contains(framework);
    }

    @Test
    void stillReadsTheFormerPlumeDescriptionsWithDataAttributesAndLanguageBlocks() {
        String former = String.join("\n",
                "Parent ID number,ID number,Short name,Description,Description format,Scale values,Scale configuration,Rule type (optional),Rule outcome (optional),Rule config (optional),Cross-referenced competency ID numbers,Exported ID (optional),Is framework,Taxonomy",
                ",TEST-FW,Essai,\"<div class=\"\"plume-framework\"\" data-plume-idnumber=\"\"" + TestFrameworks.id(1) + "\"\" data-plume-code=\"\"TEST-FW\"\" data-plume-version=\"\"1.0.0\"\" data-plume-licence=\"\"CC-BY-4.0\"\"><span lang=\"\"fr\"\" class=\"\"multilang\"\"><p class=\"\"plume-description\"\">Desc</p></span><span lang=\"\"en\"\" class=\"\"multilang\"\"><p class=\"\"plume-title\"\">Trial</p></span></div>\",1,,,,,,,,1,",
                ",\"" + TestFrameworks.id(11) + "\",1 Orthographe,\"<div class=\"\"plume-domain\"\" data-plume-code=\"\"1\"\"></div>\",1,,,,0,null,,,,",
                "\"" + TestFrameworks.id(11) + "\",\"" + TestFrameworks.id(111) + "\",1.1 Lexique,\"<div class=\"\"plume-competency\"\" data-plume-code=\"\"1.1\"\"><span lang=\"\"fr\"\" class=\"\"multilang\"\"><ol class=\"\"plume-levels\"\">"
                        + "<li value=\"\"1\"\">N1</li><li value=\"\"2\"\">N2</li><li value=\"\"3\"\">N3</li><li value=\"\"4\"\">N4</li><li value=\"\"5\"\">N5</li><li value=\"\"6\"\">N6</li></ol></span>"
                        + "<span lang=\"\"en\"\" class=\"\"multilang\"\"><ol class=\"\"plume-levels\"\"><li value=\"\"6\"\">L6</li></ol></span></div>\",1,,,,0,null,,,,");

        ImportResult result = MoodleCsvReader.read(former.getBytes(StandardCharsets.UTF_8));

        assertThat(result.problems()).isEmpty();
        Framework read = result.framework().orElseThrow();
        assertThat(read.idnumber()).isEqualTo(TestFrameworks.id(1));
        assertThat(read.title()).isEqualTo(new LocalizedText("Essai", "Trial"));
        assertThat(read.competencyByCode("1.1").orElseThrow().levels().get(5).text()).isEqualTo(new LocalizedText("N6", "L6"));
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
        // The framework row spans lines 2-3 (its description has a line break), so the first domain is on line 4;
        // the header is plain ASCII.
        assertThat(result.problems()).extracting(Problem::location).contains("ligne 2", "ligne 3", "ligne 4").doesNotContain("ligne 1");
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
    void saysFirstInOneSentenceThatAFrameworkLikeMoodlesExampleIsNotAPlumeFramework() throws IOException {
        byte[] example;
        try (var in = getClass().getResourceAsStream("/moodle/non-plume-framework-like-moodle-example.csv")) {
            example = in.readAllBytes();
        }

        ImportResult result = MoodleCsvReader.read(example);

        assertThat(result.framework()).isEmpty();
        Problem first = result.problems().get(0);
        assertThat(first.code()).isEqualTo(ProblemCodes.CSV_PLUME_METADATA);
        assertThat(first.message()).startsWith("Ce fichier n'est pas un référentiel Plume (")
                .contains("« CN-EXEMPLE », n'est pas un UUID", "4 niveaux au lieu de 2", "16 compétence(s)")
                .endsWith(".").doesNotContain(". ");
        assertThat(result.problems().subList(1, result.problems().size()))
                .noneMatch(problem -> problem.message().startsWith("Ce fichier n'est pas"));
        // Cross-references name idnumbers of the same file: only the one that is really missing is reported.
        assertThat(result.problems()).filteredOn(problem -> problem.code().equals(ProblemCodes.CSV_UNKNOWN_RELATED))
                .singleElement().satisfies(problem -> assertThat(problem.message()).contains("« niveau-9 »"));
    }

    @Test
    void capsTheRowsAndTheProblemsListedOfAHugeFileAndPutsTheSummaryFirst() {
        StringBuilder csv = new StringBuilder(String.join(",", MoodleCsvColumns.HEADER)).append('\n')
                .append(",FW,Essai,,1,,,,,,,,1,\n");
        for (int row = 0; row < 200_000; row++) {
            csv.append(",c").append(row).append(",Compétence,,1,,,,0,null,,,,\n");
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        assertThat((long) bytes.length).isLessThan(FrameworkFormats.DEFAULT_MAX_BYTES);

        ImportResult result = FrameworkFormats.read(FrameworkFormat.MOODLE_CSV, new ByteArrayInputStream(bytes));

        assertThat(result.problems()).hasSize(ProblemList.MAX_LISTED);
        assertThat(result.problems()).extracting(Problem::code).startsWith(ProblemCodes.CSV_PLUME_METADATA,
                ProblemCodes.CSV_TOO_MANY_ROWS);
        assertThat(result.problems().get(1).location()).isEqualTo("ligne " + (MoodleCsvReader.MAX_ROWS + 2));
        assertThat(result.summary().total()).isGreaterThan(MoodleCsvReader.MAX_ROWS);
        assertThat(result.summary().notListed()).isEqualTo(result.summary().total() - ProblemList.MAX_LISTED);
        assertThat(result.summary().countByCode()).containsEntry(ProblemCodes.INVALID_UUID, MoodleCsvReader.MAX_ROWS - 1);
    }

    @Test
    void readsADescriptionThatIsNotPlumeHtmlAsFrenchText() {
        fr.plume.framework.format.moodle.MoodleDescription.Parsed parsed = fr.plume.framework.format.moodle.MoodleDescription.read("<p>Écrire&nbsp;des <b>textes</b> &amp; les relire</p>");
        assertThat(parsed.structured()).isFalse();
        assertThat(parsed.description()).isEqualTo(new LocalizedText("Écrire des textes & les relire", ""));
        assertThat(fr.plume.framework.format.moodle.MoodleDescription.read("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><div>&e;</div>").structured()).isFalse();
    }

    @Test
    void reportsLevelsThatADomainShouldNotHave() throws IOException {
        List<List<String>> rows = writtenRows();
        rows.get(2).set(3, rows.get(3).get(3));
        assertThat(MoodleCsvReader.read(csv(rows)).problems()).extracting(Problem::code).contains(ProblemCodes.TOO_DEEP);
    }

    @Test
    void neutralisesCellsThatASpreadsheetWouldRunAsFormulasAndRestoresThemOnImport() throws IOException {
        Framework hostile = new Framework(framework.idnumber(), "=HYPERLINK(\"http://example.org\")", framework.version(),
                framework.title(), framework.description(), framework.licence(), framework.domains());

        byte[] csv = MoodleCsvWriter.write(hostile);

        assertThat(records(csv).get(1).get(2)).startsWith("'=HYPERLINK(");
        assertThat(records(csv)).allSatisfy(record -> assertThat(record.toList())
                .noneMatch(cell -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0));
        assertThat(MoodleCsvReader.read(csv).framework()).contains(hostile);
    }

    @Test
    void isDeterministicSoCommittedExportsCanBeCompared() {
        assertThat(MoodleCsvWriter.write(framework)).isEqualTo(MoodleCsvWriter.write(framework));
        Domain domain = framework.domains().get(0);
        assertThat(domain.code()).isEqualTo("1");
    }
}

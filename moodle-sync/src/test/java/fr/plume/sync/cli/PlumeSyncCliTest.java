package fr.plume.sync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import fr.plume.framework.format.FrameworkFormat;
import fr.plume.framework.format.FrameworkFormats;
import fr.plume.sync.MoodleStubs;
import fr.plume.sync.TestFrameworks;
import fr.plume.sync.job.MoodleState;
import fr.plume.sync.moodle.WsFunctions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlumeSyncCliTest {

    WireMockServer server;
    MoodleStubs moodle;
    @TempDir
    Path dir;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        moodle = new MoodleStubs(server);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    int run(Map<String, String> env, String... args) {
        return PlumeSync.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String all() {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    Map<String, String> env() {
        return Map.of("PLUME_SYNC_URL_UNIV_TEST", server.baseUrl(), "PLUME_SYNC_TOKEN_UNIV_TEST", MoodleStubs.TOKEN);
    }

    @Test
    void helpIsFrenchByDefaultAndEnglishOnRequest() {
        assertThat(run(Map.of(), "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Utilisation").contains("Codes de sortie");
        out.reset();
        assertThat(run(Map.of(), "--lang", "en", "resources", "harvest", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage").contains("Harvests an OAI-PMH repository");
        out.reset();
        assertThat(run(Map.of("LANG", "en_GB.UTF-8"), "ratings", "push", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Rates students");
    }

    @Test
    void siteCheckListsMissingFunctionsPerJobWithoutPrintingTheToken() {
        moodle.replyFixture(WsFunctions.GET_SITE_INFO, "site_info_partial.json")
                .reply(WsFunctions.LIST_FRAMEWORKS, "[]").reply(WsFunctions.LIST_COURSE_COMPETENCIES, "[]")
                .replyFixture(WsFunctions.GET_COURSE_CONTENTS, "course_contents.json");

        int code = run(env(), "site", "check", "--site", "univ-test");

        assertThat(code).isEqualTo(ExitCodes.SITE_NOT_READY);
        assertThat(all()).contains("4.4.2").contains("[incomplet] framework push")
                .contains("core_competency_set_parent_competency").contains("[prêt] resources harvest --course")
                .doesNotContain(MoodleStubs.TOKEN);
    }

    @Test
    void siteCheckTestsTheCapabilitiesOfTheRatingsPushWithoutRatingAnything() {
        moodle.replyFixture(WsFunctions.GET_SITE_INFO, "site_info_full.json")
                .reply(WsFunctions.LIST_FRAMEWORKS, "[]").reply(WsFunctions.LIST_COURSE_COMPETENCIES, "[]")
                .replyFixture(WsFunctions.GRADE_COMPETENCY_IN_COURSE, "error_user_context_missing.json")
                .replyFixture(WsFunctions.GET_COURSE_CONTENTS, "error_nopermissions.json");

        int code = run(env(), "site", "check", "--site", "univ-test", "--course", "42");

        assertThat(code).isEqualTo(ExitCodes.SITE_NOT_READY);
        assertThat(all()).contains("[prêt] framework push").contains("[incomplet] ratings push")
                .contains("moodle/competency:usercompetencyview et moodle/competency:competencygrade doivent être "
                        + "accordées au compte du jeton dans le cours 42");
        assertThat(moodle.calls(WsFunctions.GRADE_COMPETENCY_IN_COURSE)).singleElement().satisfies(c -> assertThat(c)
                .containsEntry("courseid", "42").containsEntry("competencyid", "0").containsEntry("userid", "0"));
        assertThat(moodle.calls(WsFunctions.LIST_COURSE_COMPETENCIES).get(0)).containsEntry("id", "42");
        assertThat(all()).contains("[incomplet] resources harvest --course").contains("moodle/course:view doit être "
                + "accordée au compte du jeton dans le cours 42");
    }

    @Test
    void siteCheckSaysReadyWhenMoodleGetsPastTheCapabilityChecksAndSpeaksEnglishOnRequest() {
        moodle.replyFixture(WsFunctions.GET_SITE_INFO, "site_info_full.json")
                .reply(WsFunctions.LIST_FRAMEWORKS, "[]").reply(WsFunctions.LIST_COURSE_COMPETENCIES, "[]")
                .replyFixture(WsFunctions.GRADE_COMPETENCY_IN_COURSE, "error_competency_not_in_course.json")
                .replyFixture(WsFunctions.GET_COURSE_CONTENTS, "course_contents.json");

        int code = run(env(), "--lang", "en", "site", "check", "--site", "univ-test");

        assertThat(code).as(all()).isZero();
        assertThat(all()).contains("[ready] ratings push").contains("Token account: plume-ws")
                .contains("a role given in some courses only is checked with --course").doesNotContain("prêt");
        assertThat(moodle.calls(WsFunctions.GRADE_COMPETENCY_IN_COURSE).get(0)).containsEntry("courseid", "1");
    }

    @Test
    void refusedTokenGivesExitCode4AndMissingTokenExitCode3() {
        moodle.replyFixture(WsFunctions.GET_SITE_INFO, "error_invalidtoken.json");
        assertThat(run(env(), "site", "check", "--site", "univ-test")).isEqualTo(ExitCodes.SITE_NOT_READY);
        assertThat(all()).contains("invalidtoken").doesNotContain(MoodleStubs.TOKEN);

        assertThat(run(Map.of("PLUME_SYNC_URL_UNIV_TEST", server.baseUrl()), "site", "check", "--site", "univ-test"))
                .isEqualTo(ExitCodes.CONFIG);
        assertThat(all()).contains("PLUME_SYNC_TOKEN_UNIV_TEST");
    }

    @Test
    void questionImportThroughTheCliAndHostileFileExitCode() throws Exception {
        Path gift = dir.resolve("homophones.gift");
        Files.copy(getClass().getResourceAsStream("/formats/homophones.gift"), gift);
        Path drafts = dir.resolve("drafts.json");
        Path report = dir.resolve("report.json");

        assertThat(run(Map.of(), "--report-json", report.toString(), "resources", "harvest", "--questions", gift.toString(),
                "--drafts", drafts.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("créé : 8");
        assertThat(Files.readString(report)).contains("\"CREATED\"");

        Path bad = dir.resolve("piege.xml");
        Files.copy(getClass().getResourceAsStream("/formats/hostile-xxe.xml"), bad);
        assertThat(run(Map.of(), "resources", "harvest", "--questions", bad.toString(), "--drafts", drafts.toString()))
                .isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("rien n'a été importé");
    }

    @Test
    void frameworkFileWithThousandsOfProblemsIsRefusedWithItsCountAndAShortList() throws Exception {
        StringBuilder csv = new StringBuilder("a,b,c,d,e,f,g,h,i,j,k,l,m,n\n,FW,Essai,,1,,,,,,,,1,\n");
        for (int row = 0; row < 1_000; row++) {
            csv.append(",c").append(row).append(",Compétence,,1,,,,0,null,,,,\n");
        }
        Path file = dir.resolve("enorme.csv");
        Files.writeString(file, csv);

        int code = run(env(), "framework", "push", "--site", "univ-test", "--framework", file.toString());

        assertThat(code).isNotZero();
        String message = err.toString(StandardCharsets.UTF_8);
        assertThat(message).contains("problème(s))", "… et ");
        assertThat(message.lines().count()).isLessThan(220);
    }

    @Test
    void questionsExportWritesAPublishedModuleWithTheSpellingsPlumeAcceptsIntoOneCategory() throws Exception {
        Path modules = dir.resolve("modules.json");
        Files.writeString(modules, """
                {"modules": [
                  {"moduleId": "accords-1", "title": "Accords / participe passé", "licence": "CC-BY-SA-4.0",
                   "published": true,
                   "questions": [
                     {"sourceId": "accords-1:q1", "type": "SHORT_ANSWER", "name": "Pronom relatif",
                      "stem": "<p>Complétez : la robe ___ a choisie.</p>",
                      "choices": [{"text": "qu’elle", "fraction": 1}],
                      "matching": {"caseSensitive": false}},
                     {"sourceId": "accords-1:q2", "type": "CLOZE", "name": "Homophones",
                      "stem": "<p>{1:SHORTANSWER:=s’est} levée et {1:MULTICHOICE:=a~à} mangé.</p>"}
                   ]},
                  {"moduleId": "brouillon", "title": "Brouillon", "published": false, "questions": []}
                ]}""");
        Path xml = dir.resolve("accords.xml");

        int code = run(Map.of(), "questions", "export", "--modules", modules.toString(), "--module", "accords-1",
                "-o", xml.toString());

        assertThat(code).as(all()).isZero();
        String written = Files.readString(xml);
        assertThat(written).contains("$course$/top/Accords // participe passé").contains("<usecase>0</usecase>")
                .contains("<text>qu'elle</text>").contains("{1:SHORTANSWER_C:=s’est~=s'est}");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("graphie(s) acceptée(s) par Plume");
        var back = new fr.plume.sync.format.MoodleXmlReader().read("x", Files.newInputStream(xml));
        assertThat(back.items()).hasSize(2);
        assertThat(fr.plume.sync.format.MoodleCategoryPath.names(back.items().get(0).category()))
                .containsExactly("Accords / participe passé");
        Path reference = Files.createFile(dir.resolve("reference"));
        assertThat(Files.getPosixFilePermissions(xml)).isEqualTo(Files.getPosixFilePermissions(reference));

        assertThat(run(Map.of(), "questions", "export", "--modules", modules.toString(), "--module", "brouillon",
                "-o", dir.resolve("b.xml").toString())).isEqualTo(ExitCodes.CONFIG);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("non publié");
    }

    @Test
    void langEnTranslatesTheReportItsEntriesAndItsJsonCopy() throws Exception {
        Path gift = dir.resolve("homophones.gift");
        Files.copy(getClass().getResourceAsStream("/formats/homophones.gift"), gift);
        Path report = dir.resolve("report.json");

        assertThat(run(Map.of(), "--lang", "en", "--report-json", report.toString(), "resources", "harvest",
                "--questions", gift.toString(), "--drafts", dir.resolve("drafts.json").toString(), "--dry-run")).isZero();

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("(dry run: nothing was changed)").contains("created: 8").contains("skipped: 1")
                .contains("[skipped] Calcul — numerical question, no equivalent in Plume")
                .contains("to be linked to a competency during review")
                .doesNotContain("créé").doesNotContain("ignoré").doesNotContain("rattacher");
        assertThat(Files.readString(report)).contains("numerical question, no equivalent in Plume");
    }

    @Test
    void langEnTranslatesTheFrameworkPushReportAndItsScaleErrors() throws Exception {
        Path config = dir.resolve("plume-sync.json");
        Files.writeString(config, "{\"sites\": {\"univ-test\": {\"scaleId\": 4}}}");
        Path v1 = dir.resolve("ecri-1.0.0.case.json");
        Path v2 = dir.resolve("ecri-1.1.0.case.json");
        Files.write(v1, FrameworkFormats.write(FrameworkFormat.CASE_JSON, TestFrameworks.v1()));
        Files.write(v2, FrameworkFormats.write(FrameworkFormat.CASE_JSON, TestFrameworks.v2()));
        String inMoodle = MoodleState.pushed(TestFrameworks.v1())
                // retitled in Moodle, unchanged between versions: kept
                .replace("\"2.1 Ponctuation\"", "\"2.1 Ponctuation (locale)\"");
        String removedFromPlume = MoodleState.json(MoodleState.competency(150, "3.1 Lexique", UUID.randomUUID(), "",
                0, 7, 9));
        moodle.replyFixture(WsFunctions.GET_SITE_INFO, "site_info_full.json")
                .replyFixture(WsFunctions.GET_SCALE_VALUES, "scale_values_six.json")
                .replyFixture(WsFunctions.LIST_FRAMEWORKS, "list_frameworks_one.json")
                .reply(WsFunctions.LIST_COMPETENCIES, inMoodle.substring(0, inMoodle.length() - 1) + ","
                        + removedFromPlume + "]");
        Path report = dir.resolve("report.json");

        int code = run(env(), "--config", config.toString(), "--lang", "en", "--report-json", report.toString(),
                "framework", "push", "--site", "univ-test", "--framework", v2.toString(), "--previous", v1.toString(),
                "--dry-run");

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(all()).isZero();
        assertThat(text).contains("(dry run: nothing was changed)").contains("created: 1").contains("unchanged: 3")
                .contains("[updated] framework ECRI 1.1.0 — fields: description")
                .contains("[updated] competency 1.2 Accord du participe passé employé avec avoir — changed in "
                        + "1.0.0 → 1.1.0: title")
                .contains("[created] competency 2.2 Connecteurs logiques — added in 1.0.0 → 1.1.0")
                .contains("[skipped] competency 2.1 Ponctuation — differs in Moodle but unchanged between the two "
                        + "framework versions: local edit kept")
                .contains("[skipped] Moodle competency \"3.1 Lexique\" — not in version 1.1.0; kept in Moodle");
        for (String french : List.of("créé", "inchangé", "ignoré", "échec", "échoué", "compétence", "référentiel",
                "absent", "champs", "modifié", "conservée", "version 1.1.0 ;")) {
            assertThat(text).as(french).doesNotContain(french);
        }
        assertThat(Files.readString(report)).contains("changed in 1.0.0 → 1.1.0: title").doesNotContain("modifiée");
        assertThat(moodle.count(WsFunctions.UPDATE_COMPETENCY) + moodle.count(WsFunctions.CREATE_COMPETENCY)).isZero();

        out.reset();
        moodle.replyFixture(WsFunctions.GET_SCALE_VALUES, "scale_values_two.json");
        assertThat(run(env(), "--config", config.toString(), "--lang", "en", "framework", "push", "--site", "univ-test",
                "--framework", v2.toString())).isEqualTo(ExitCodes.SITE_NOT_READY);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Site univ-test has no usable scale with id 4 "
                + "(it has 2 values but the level mapping uses 6)").doesNotContain("elle a").doesNotContain("Échelle");
    }

    @Test
    void langEnTranslatesErrorsTooWithTheLineOfAFileThatIsNotUtf8() throws Exception {
        Path gift = dir.resolve("ancienne.gift");
        Files.write(gift, "::ok::Il {=a ~as} mange.\n\n::deux::Tr\u00e8s bien {=oui ~non}\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));

        assertThat(run(Map.of(), "--lang", "en", "resources", "harvest", "--questions", gift.toString(), "--drafts",
                dir.resolve("drafts.json").toString())).isEqualTo(ExitCodes.INPUT_REFUSED);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("File refused, nothing was imported: GIFT line 3: "
                + "the file is not encoded in UTF-8 (byte 0xE8, \"è\" in windows-1252)");
        assertThat(run(Map.of(), "--lang", "en", "site", "check", "--site", "nowhere")).isEqualTo(ExitCodes.CONFIG);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Configuration: Unknown site \"nowhere\"");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(run(Map.of(), "framework", "push", "--nope")).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void progressBarRendering() {
        assertThat(ConsoleProgress.render("oer", 50, 200)).startsWith("[#######").contains("25 %").endsWith("oer 50/200");
        assertThat(ConsoleProgress.render("oer", 7, -1)).isEqualTo("oer : 7");
    }
}

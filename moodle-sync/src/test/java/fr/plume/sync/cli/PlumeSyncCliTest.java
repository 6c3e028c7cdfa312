package fr.plume.sync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import fr.plume.sync.MoodleStubs;
import fr.plume.sync.moodle.WsFunctions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
        moodle.replyFixture(WsFunctions.GET_SITE_INFO, "site_info_partial.json");

        int code = run(env(), "site", "check", "--site", "univ-test");

        assertThat(code).isEqualTo(ExitCodes.SITE_NOT_READY);
        assertThat(all()).contains("4.4.2").contains("[incomplet] framework push")
                .contains("core_competency_set_parent_competency").contains("[prêt] resources harvest --course")
                .doesNotContain(MoodleStubs.TOKEN);
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
    void unknownOptionIsAUsageError() {
        assertThat(run(Map.of(), "framework", "push", "--nope")).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void progressBarRendering() {
        assertThat(ConsoleProgress.render("oer", 50, 200)).startsWith("[#######").contains("25 %").endsWith("oer 50/200");
        assertThat(ConsoleProgress.render("oer", 7, -1)).isEqualTo("oer : 7");
    }
}

package fr.plume.sync.job;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static fr.plume.sync.moodle.WsFunctions.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import fr.plume.sync.MoodleStubs;
import fr.plume.sync.TestFrameworks;
import fr.plume.sync.catalogue.CompetencyRating.RatingOrigin;
import fr.plume.sync.catalogue.CompetencyRating;
import fr.plume.sync.catalogue.FileRatings;
import fr.plume.sync.job.SyncReport.Outcome;
import fr.plume.sync.moodle.MissingFunctionsException;
import fr.plume.sync.moodle.MoodleCompetencyApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class RatingsPushJobTest {

    WireMockServer server;
    MoodleStubs moodle;
    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        moodle = new MoodleStubs(server);
        moodle.replyFixture(GET_SITE_INFO, "site_info_full.json")
                .reply(LIST_COMPETENCIES, MoodleState.json(List.of(MoodleState.competency(101, "1.1 Accords", TestFrameworks.C11, "", 100, 7, 0))))
                .reply(LIST_COURSE_COMPETENCIES, "[]")
                .reply(ADD_COMPETENCY_TO_COURSE, "true")
                .replyFixture(GRADE_COMPETENCY_IN_COURSE, "grade_competency_in_course.json");
        Instant t = Instant.parse("2024-06-11T10:00:00Z");
        var ratings = new FileRatings.RatingsFile(Map.of("univ-test", List.of(12L)), Map.of("univ-test", List.of(
                new CompetencyRating(12, 501, TestFrameworks.C11, "1.1", 4, RatingOrigin.CERTIFICATION, t),
                new CompetencyRating(12, 501, TestFrameworks.C11, "1.1", 3, RatingOrigin.CERTIFICATION, t.minusSeconds(3600)),
                new CompetencyRating(12, 502, TestFrameworks.C11, "1.1", 2, RatingOrigin.DIAGNOSTIC, t),
                new CompetencyRating(99, 503, TestFrameworks.C11, "1.1", 5, RatingOrigin.CERTIFICATION, t))));
        Files.write(dir.resolve("ratings.json"), JsonMapper.builder().build().writeValueAsBytes(ratings));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    SyncReport run(boolean dryRun) {
        FileRatings files = new FileRatings(dir.resolve("ratings.json"), dir.resolve("ledger.json"));
        return new RatingsPushJob(new MoodleCompetencyApi(moodle.client()), files, files, ScaleSettings.sixLevels(4),
                Clock.systemUTC()).run(EnumSet.of(RatingOrigin.CERTIFICATION), dryRun, Progress.NONE);
    }

    @Test
    void addsTheCompetencyToTheCourseThenGradesWithTheMappedValueOnlyForOptedInCourses() {
        SyncReport report = run(false);

        assertThat(report.entries(Outcome.CREATED)).singleElement().satisfies(e -> {
            assertThat(e.subject()).isEqualTo("cours 12 / utilisateur 501 / compétence 1.1");
            assertThat(e.reason()).contains("niveau 4 → valeur 4").contains("ajoutée au cours");
        });
        assertThat(report.entries(Outcome.SKIPPED)).singleElement().satisfies(e -> assertThat(e.subject()).startsWith("cours 99"));
        assertThat(moodle.calls(ADD_COMPETENCY_TO_COURSE)).singleElement().satisfies(c -> assertThat(c)
                .containsEntry("courseid", "12").containsEntry("competencyid", "101"));
        assertThat(moodle.calls(GRADE_COMPETENCY_IN_COURSE)).singleElement().satisfies(c -> assertThat(c)
                .containsEntry("courseid", "12").containsEntry("userid", "501").containsEntry("competencyid", "101")
                .containsEntry("grade", "4"));
        assertThat(moodle.calls(LIST_COMPETENCIES).get(0)).containsEntry("filters[0][column]", "idnumber")
                .containsEntry("filters[0][value]", TestFrameworks.C11.toString());
    }

    @Test
    void secondRunSendsNothingAgain() {
        run(false);
        SyncReport again = run(false);

        assertThat(again.hasChanges()).isFalse();
        assertThat(again.count(Outcome.UNCHANGED)).isEqualTo(1);
        assertThat(moodle.count(GRADE_COMPETENCY_IN_COURSE)).isEqualTo(1);
    }

    @Test
    void dryRunCallsNoWriteFunction() {
        SyncReport report = run(true);
        assertThat(report.count(Outcome.CREATED)).isEqualTo(1);
        assertThat(moodle.count(GRADE_COMPETENCY_IN_COURSE) + moodle.count(ADD_COMPETENCY_TO_COURSE)).isZero();
        assertThat(dir.resolve("ledger.json")).doesNotExist();
    }

    @Test
    void moodleRefusalIsAFailedEntryWithItsCode() {
        moodle.reply(GRADE_COMPETENCY_IN_COURSE, "{\"exception\":\"moodle_exception\",\"errorcode\":\"usernotenrolled\","
                + "\"message\":\"L'utilisateur n'est pas inscrit au cours\"}");
        SyncReport report = run(false);
        assertThat(report.entries(Outcome.FAILED)).singleElement().satisfies(e -> assertThat(e.reason()).contains("usernotenrolled"));
        assertThat(dir.resolve("ledger.json")).doesNotExist();
    }

    @Test
    void aCapabilityRefusedInOneCourseFailsThatCourseEntriesWithTheReasonAndTheOtherCoursesAreStillRated()
            throws Exception {
        Instant t = Instant.parse("2024-06-11T10:00:00Z");
        writeRatings(Map.of("univ-test", List.of(12L, 13L)), List.of(
                new CompetencyRating(12, 501, TestFrameworks.C11, "1.1", 4, RatingOrigin.CERTIFICATION, t),
                new CompetencyRating(12, 502, TestFrameworks.C11, "1.1", 3, RatingOrigin.CERTIFICATION, t),
                new CompetencyRating(13, 601, TestFrameworks.C11, "1.1", 5, RatingOrigin.CERTIFICATION, t)));
        server.stubFor(post(urlEqualTo(MoodleStubs.ENDPOINT))
                .withRequestBody(containing("wsfunction=" + GRADE_COMPETENCY_IN_COURSE + "&"))
                .withRequestBody(containing("courseid=12&"))
                .willReturn(aResponse().withStatus(200).withBody(MoodleStubs.fixture("error_nopermissions.json"))));

        SyncReport report = run(false);

        assertThat(report.entries(Outcome.FAILED)).hasSize(2).allSatisfy(e -> {
            assertThat(e.subject()).startsWith("cours 12 /");
            assertThat(e.reason()).contains("nopermissions").contains("moodle/competency:usercompetencyview")
                    .contains("moodle/competency:competencygrade");
        });
        assertThat(report.entries(Outcome.FAILED).get(1).reason()).startsWith("non envoyé : ");
        assertThat(report.entries(Outcome.CREATED)).singleElement()
                .satisfies(e -> assertThat(e.subject()).isEqualTo("cours 13 / utilisateur 601 / compétence 1.1"));
        assertThat(moodle.calls(GRADE_COMPETENCY_IN_COURSE)).extracting(c -> c.get("courseid")).containsExactly("12", "13");
        assertThat(report.toText(java.util.Locale.ENGLISH)).contains("[failed] course 12 / user 502 / competency 1.1")
                .contains("not sent: Moodle refused core_competency_grade_competency_in_course (nopermissions)")
                .contains("[created] course 13 / user 601 / competency 1.1 — level 5 → value 5");
        FileRatings files = new FileRatings(dir.resolve("ratings.json"), dir.resolve("ledger.json"));
        assertThat(files.lastPushedGrade("univ-test", 13, 601, TestFrameworks.C11)).contains(5);
        assertThat(files.lastPushedGrade("univ-test", 12, 501, TestFrameworks.C11)).isEmpty();
    }

    @Test
    void aTokenRefusedMidRunFailsTheRemainingEntriesInsteadOfLosingTheReport() throws Exception {
        Instant t = Instant.parse("2024-06-11T10:00:00Z");
        writeRatings(Map.of("univ-test", List.of(12L, 13L)), List.of(
                new CompetencyRating(12, 501, TestFrameworks.C11, "1.1", 4, RatingOrigin.CERTIFICATION, t),
                new CompetencyRating(13, 601, TestFrameworks.C11, "1.1", 5, RatingOrigin.CERTIFICATION, t)));
        moodle.replyFixture(GRADE_COMPETENCY_IN_COURSE, "error_invalidtoken.json");

        SyncReport report = run(false);

        assertThat(report.entries(Outcome.FAILED)).extracting(SyncReport.Entry::reason).satisfiesExactly(
                first -> assertThat(first).contains("invalidtoken"),
                second -> assertThat(second).startsWith("non envoyé : ").contains("invalidtoken"));
        assertThat(moodle.count(GRADE_COMPETENCY_IN_COURSE)).isEqualTo(1);
    }

    void writeRatings(Map<String, List<Long>> optedIn, List<CompetencyRating> ratings) throws Exception {
        Files.write(dir.resolve("ratings.json"), JsonMapper.builder().build().writeValueAsBytes(
                new FileRatings.RatingsFile(optedIn, Map.of("univ-test", ratings))));
    }

    @Test
    void missingGradeFunctionRefusesTheJob() {
        moodle.replyFixture(GET_SITE_INFO, "site_info_partial.json");
        assertThatThrownBy(() -> run(false)).isInstanceOfSatisfying(MissingFunctionsException.class,
                e -> assertThat(e.missing()).containsExactly(GRADE_COMPETENCY_IN_COURSE));
    }

    @Test
    void competencyAbsentFromTheSiteFails() {
        moodle.reply(LIST_COMPETENCIES, "[]");
        SyncReport report = run(false);
        assertThat(report.entries(Outcome.FAILED)).singleElement().satisfies(e -> assertThat(e.reason()).contains("framework push"));
    }
}

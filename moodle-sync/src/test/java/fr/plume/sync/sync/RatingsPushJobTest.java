package fr.plume.sync.sync;

import static fr.plume.sync.moodle.WsFunctions.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import fr.plume.sync.MoodleStubs;
import fr.plume.sync.TestFrameworks;
import fr.plume.sync.catalogue.CompetencyRating;
import fr.plume.sync.catalogue.CompetencyRating.RatingOrigin;
import fr.plume.sync.catalogue.FileRatings;
import fr.plume.sync.moodle.MissingFunctionsException;
import fr.plume.sync.moodle.MoodleCompetencyApi;
import fr.plume.sync.sync.SyncReport.Outcome;
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

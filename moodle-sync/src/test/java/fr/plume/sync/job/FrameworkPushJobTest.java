package fr.plume.sync.job;

import static fr.plume.sync.moodle.WsFunctions.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import fr.plume.framework.model.Framework;
import fr.plume.sync.MoodleStubs;
import fr.plume.sync.TestFrameworks;
import fr.plume.sync.job.SyncReport.Outcome;
import fr.plume.sync.moodle.MissingFunctionsException;
import fr.plume.sync.moodle.MoodleCompetencyApi;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FrameworkPushJobTest {

    WireMockServer server;
    MoodleStubs moodle;

    @BeforeEach
    void start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        moodle = new MoodleStubs(server);
        moodle.replyFixture(GET_SITE_INFO, "site_info_full.json")
                .replyFixture(GET_SCALE_VALUES, "scale_values_six.json")
                .reply(UPDATE_FRAMEWORK, "true").reply(UPDATE_COMPETENCY, "true").reply(SET_PARENT_COMPETENCY, "true");
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    FrameworkPushJob job() {
        return new FrameworkPushJob(new MoodleCompetencyApi(moodle.client()), ScaleSettings.sixLevels(4), Clock.systemUTC());
    }

    @Test
    void firstPushCreatesFrameworkDomainsAndCompetenciesWithParents() {
        moodle.replyFixture(LIST_FRAMEWORKS, "empty_list.json")
                .replyFixture(CREATE_FRAMEWORK, "framework_created.json")
                .reply(CREATE_COMPETENCY, MoodleState.json(MoodleState.competency(100, "x", TestFrameworks.D1, "", 0, 7, 0)));

        SyncReport report = job().run(TestFrameworks.v1(), Optional.empty(), false).report();

        assertThat(report.count(Outcome.CREATED)).isEqualTo(1 + 2 + 3);
        assertThat(report.hasFailures()).isFalse();
        Map<String, String> fw = moodle.calls(CREATE_FRAMEWORK).get(0);
        assertThat(fw).containsEntry("competencyframework[idnumber]", TestFrameworks.FRAMEWORK.toString())
                .containsEntry("competencyframework[scaleid]", "4")
                .containsEntry("competencyframework[contextlevel]", "system");
        assertThat(fw.get("competencyframework[scaleconfiguration]"))
                .startsWith("[{\"scaleid\":\"4\"},{\"id\":1,\"scaledefault\":1,\"proficient\":0}")
                .contains("{\"id\":4,\"scaledefault\":0,\"proficient\":1}");
        List<Map<String, String>> created = moodle.calls(CREATE_COMPETENCY);
        assertThat(created).hasSize(5);
        assertThat(created.get(0)).containsEntry("competency[idnumber]", TestFrameworks.D1.toString())
                .containsEntry("competency[parentid]", "0").containsEntry("competency[competencyframeworkid]", "7");
        assertThat(created.get(1)).containsEntry("competency[idnumber]", TestFrameworks.C11.toString())
                .containsEntry("competency[parentid]", "100")
                .containsEntry("competency[shortname]", "1.1 Accords dans le groupe nominal");
        assertThat(created.get(1).get("competency[description]")).contains("<li value=\"6\"><span lang=\"fr\" "
                + "class=\"multilang\">Niveau 6 : accords GN</span><span lang=\"en\" class=\"multilang\">Level 6</span></li>");
    }

    @Test
    void pushAndCsvGiveAFrameworkOneIdentityAndOneProficiencyRule() throws IOException {
        moodle.replyFixture(LIST_FRAMEWORKS, "empty_list.json")
                .replyFixture(CREATE_FRAMEWORK, "framework_created.json")
                .reply(CREATE_COMPETENCY, MoodleState.json(MoodleState.competency(100, "x", TestFrameworks.D1, "", 0, 7, 0)));
        job().run(TestFrameworks.v1(), Optional.empty(), false);
        moodle.replyFixture(GET_SITE_INFO, "site_info_read_only.json");
        byte[] csv = job().run(TestFrameworks.v1(), Optional.empty(), false).moodleCsv().orElseThrow();

        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(new String(csv, StandardCharsets.UTF_8))).getRecords();
        Map<String, String> framework = moodle.calls(CREATE_FRAMEWORK).get(0);
        assertThat(rows.get(1).get(1)).isEqualTo(framework.get("competencyframework[idnumber]"))
                .isEqualTo(TestFrameworks.FRAMEWORK.toString());
        assertThat(rows.get(1).get(2)).isEqualTo(framework.get("competencyframework[shortname]"));
        assertThat(rows.get(1).get(3)).isEqualTo(framework.get("competencyframework[description]"));
        assertThat(withoutScaleId(rows.get(1).get(6)))
                .isEqualTo(withoutScaleId(framework.get("competencyframework[scaleconfiguration]")));
        assertThat(rows.subList(2, rows.size())).extracting(row -> List.of(row.get(1), row.get(2), row.get(3)))
                .containsExactlyElementsOf(moodle.calls(CREATE_COMPETENCY).stream().map(call -> List.of(
                        call.get("competency[idnumber]"), call.get("competency[shortname]"),
                        call.get("competency[description]"))).toList());
    }

    @Test
    void csvForAReadOnlySiteUsesTheSitesProficiencyThreshold() throws IOException {
        moodle.replyFixture(GET_SITE_INFO, "site_info_read_only.json");
        ScaleSettings fromThree = new ScaleSettings(4, ScaleSettings.sixLevels(4).levelToScaleValue(), 3);

        byte[] csv = new FrameworkPushJob(new MoodleCompetencyApi(moodle.client()), fromThree, Clock.systemUTC())
                .run(TestFrameworks.v1(), Optional.empty(), false).moodleCsv().orElseThrow();

        String configuration = CSVFormat.DEFAULT.parse(new StringReader(new String(csv, StandardCharsets.UTF_8)))
                .getRecords().get(1).get(6);
        assertThat(withoutScaleId(configuration)).isEqualTo(withoutScaleId(fromThree.moodleScaleConfiguration(6)))
                .contains("{\"id\":3,\"scaledefault\":0,\"proficient\":1}");
    }

    /** The scale entries of a scaleconfiguration, without the first element naming the scale. */
    private static String withoutScaleId(String scaleConfiguration) {
        return scaleConfiguration.substring(scaleConfiguration.indexOf("},") + 2);
    }

    @Test
    void secondPushChangesNothing() {
        moodle.replyFixture(LIST_FRAMEWORKS, "list_frameworks_one.json")
                .reply(LIST_COMPETENCIES, MoodleState.pushed(TestFrameworks.v1()));

        SyncReport report = job().run(TestFrameworks.v1(), Optional.empty(), false).report();

        assertThat(report.count(Outcome.UNCHANGED)).isEqualTo(6);
        assertThat(report.hasChanges()).isFalse();
        assertThat(moodle.count(CREATE_COMPETENCY) + moodle.count(UPDATE_COMPETENCY) + moodle.count(UPDATE_FRAMEWORK)
                + moodle.count(CREATE_FRAMEWORK) + moodle.count(SET_PARENT_COMPETENCY)).isZero();
        Map<String, String> list = moodle.calls(LIST_COMPETENCIES).get(0);
        assertThat(list).containsEntry("filters[0][column]", "competencyframeworkid").containsEntry("filters[0][value]", "7");
    }

    @Test
    void newVersionUpdatesOnlyWhatTheDiffSaysAndKeepsLocalEdits() {
        Framework v1 = TestFrameworks.v1();
        String state = MoodleState.pushed(v1)
                // a Moodle admin retitled 2.1 locally: unchanged between versions, so kept
                .replace("\"2.1 Ponctuation\"", "\"2.1 Ponctuation (modifiée localement)\"");
        moodle.replyFixture(LIST_FRAMEWORKS, "list_frameworks_one.json").reply(LIST_COMPETENCIES, state)
                .reply(CREATE_COMPETENCY, MoodleState.json(MoodleState.competency(200, "x", TestFrameworks.C22, "", 101, 7, 1)));

        SyncReport report = job().run(TestFrameworks.v2(), Optional.of(v1), false).report();

        assertThat(report.entries(Outcome.UPDATED)).extracting(SyncReport.Entry::subject)
                .anySatisfy(s -> assertThat(s).startsWith("compétence 1.2"));
        assertThat(report.entries(Outcome.UPDATED).stream().filter(e -> e.subject().startsWith("compétence 1.2"))
                .findFirst().orElseThrow().reason()).contains("1.0.0 → 1.1.0").contains("titre");
        assertThat(report.in(Locale.ENGLISH).entries(Outcome.UPDATED)).extracting(e -> e.subject() + " — " + e.reason())
                .contains("competency 1.2 Accord du participe passé employé avec avoir — changed in 1.0.0 → 1.1.0: title");
        assertThat(report.in(Locale.ENGLISH).entries(Outcome.SKIPPED)).extracting(SyncReport.Entry::reason)
                .contains("differs in Moodle but unchanged between the two framework versions: local edit kept");
        assertThat(report.entries(Outcome.CREATED)).extracting(SyncReport.Entry::subject).containsExactly(
                "compétence 2.2 Connecteurs logiques");
        assertThat(report.entries(Outcome.SKIPPED)).extracting(SyncReport.Entry::subject).anySatisfy(s ->
                assertThat(s).startsWith("compétence 2.1"));
        assertThat(moodle.calls(UPDATE_COMPETENCY)).singleElement().satisfies(c -> assertThat(c)
                .containsEntry("competency[shortname]", "1.2 Accord du participe passé employé avec avoir"));
        assertThat(moodle.calls(CREATE_COMPETENCY)).singleElement().satisfies(c -> assertThat(c)
                .containsEntry("competency[parentid]", "103").containsEntry("competency[idnumber]", TestFrameworks.C22.toString()));
    }

    @Test
    void dryRunReportsWithoutWriting() {
        moodle.replyFixture(LIST_FRAMEWORKS, "empty_list.json");

        SyncReport report = job().run(TestFrameworks.v1(), Optional.empty(), true).report();

        assertThat(report.dryRun()).isTrue();
        assertThat(report.count(Outcome.CREATED)).isEqualTo(6);
        assertThat(moodle.count(CREATE_FRAMEWORK) + moodle.count(CREATE_COMPETENCY)).isZero();
    }

    @Test
    void missingFunctionRefusesTheJobAndNamesThem() {
        moodle.replyFixture(GET_SITE_INFO, "site_info_partial.json");

        assertThatThrownBy(() -> job().run(TestFrameworks.v1(), Optional.empty(), false))
                .isInstanceOfSatisfying(MissingFunctionsException.class, e -> assertThat(e.missing())
                        .containsExactly(SET_PARENT_COMPETENCY))
                .hasMessageContaining("core_competency_set_parent_competency");
        assertThat(moodle.count(LIST_FRAMEWORKS)).isZero();
    }

    @Test
    void readOnlyServiceGetsTheToolLpImportCsvInstead() {
        moodle.replyFixture(GET_SITE_INFO, "site_info_read_only.json");

        FrameworkPushResult result = job().run(TestFrameworks.v1(), Optional.empty(), false);

        assertThat(result.moodleCsv()).isPresent();
        String csv = new String(result.moodleCsv().get(), StandardCharsets.UTF_8);
        assertThat(csv).contains(TestFrameworks.C12.toString()).contains("Accord du participe passé");
        assertThat(result.report().count(Outcome.SKIPPED)).isEqualTo(1);
        assertThat(moodle.count(LIST_FRAMEWORKS)).isZero();
    }

    @Test
    void missingScaleStopsWithInstructions() {
        moodle.replyFixture(GET_SCALE_VALUES, "error_scale_missing.json");

        assertThatThrownBy(() -> job().run(TestFrameworks.v1(), Optional.empty(), false))
                .isInstanceOf(SiteNotReadyException.class)
                .hasMessageContaining("Échelles").hasMessageContaining("scaleId").hasMessageContaining("invalidrecord");
        assertThat(moodle.count(CREATE_FRAMEWORK)).isZero();
    }

    @Test
    void scaleWithTooFewValuesIsRefused() {
        moodle.replyFixture(GET_SCALE_VALUES, "scale_values_two.json");

        assertThatThrownBy(() -> job().run(TestFrameworks.v1(), Optional.empty(), false))
                .isInstanceOfSatisfying(SiteNotReadyException.class, e -> assertThat(e.phrase().in(Locale.ENGLISH))
                        .contains("has no usable scale with id 4 (it has 2 values but the level mapping uses 6)"))
                .hasMessageContaining("2 valeurs");
    }

    @Test
    void scaleWithoutTheProficientValueIsRefusedBeforeMoodleCouldBe() {
        ScaleSettings twoLevels = new ScaleSettings(4, Map.of(1, 1, 2, 2), 3);
        moodle.replyFixture(GET_SCALE_VALUES, "scale_values_two.json");

        assertThatThrownBy(() -> new FrameworkPushJob(new MoodleCompetencyApi(moodle.client()), twoLevels,
                Clock.systemUTC()).run(TestFrameworks.v1(), Optional.empty(), false))
                .isInstanceOfSatisfying(SiteNotReadyException.class, e -> assertThat(e.phrase().in(Locale.ENGLISH))
                        .contains("(it has 2 values but the first proficient value (proficientFrom) is number 3)"))
                .hasMessageContaining("elle a 2 valeurs alors que la première valeur acquise (proficientFrom) est la 3e");
        assertThat(moodle.count(LIST_FRAMEWORKS) + moodle.count(CREATE_FRAMEWORK)).isZero();
    }

    @Test
    void moodleErrorOnOneCompetencyIsReportedAndTheRestGoesOn() {
        moodle.replyFixture(LIST_FRAMEWORKS, "list_frameworks_one.json")
                .reply(LIST_COMPETENCIES, MoodleState.pushed(TestFrameworks.v1())
                        .replace("\"1.1 Accords dans le groupe nominal\"", "\"1.1 ancien titre\""))
                .replyFixture(UPDATE_COMPETENCY, "error_invalidparameter.json");

        SyncReport report = job().run(TestFrameworks.v1(), Optional.empty(), false).report();

        assertThat(report.entries(Outcome.FAILED)).singleElement().satisfies(e -> {
            assertThat(e.subject()).startsWith("compétence 1.1");
            assertThat(e.reason()).contains("invalidparameter");
        });
        assertThat(report.in(Locale.ENGLISH).entries(Outcome.FAILED)).singleElement().satisfies(e -> {
            assertThat(e.subject()).isEqualTo("competency 1.1 Accords dans le groupe nominal");
            // what Moodle said stays as Moodle wrote it
            assertThat(e.reason()).isEqualTo("Moodle refused core_competency_update_competency: invalidparameter — "
                    + "Valeur de paramètre incorrecte détectée");
        });
        assertThat(report.count(Outcome.UNCHANGED)).isEqualTo(5);
    }
}

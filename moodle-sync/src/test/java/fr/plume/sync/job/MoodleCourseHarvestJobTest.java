package fr.plume.sync.job;

import static fr.plume.sync.moodle.WsFunctions.GET_COURSE_CONTENTS;
import static fr.plume.sync.moodle.WsFunctions.GET_SITE_INFO;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import fr.plume.sync.MoodleStubs;
import fr.plume.sync.catalogue.FileCatalogueStore;
import fr.plume.sync.catalogue.HarvestedResource;
import fr.plume.sync.job.SyncReport.Outcome;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MoodleCourseHarvestJobTest {

    WireMockServer server;
    MoodleStubs moodle;
    @TempDir
    Path dir;

    @BeforeEach
    void start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        moodle = new MoodleStubs(server);
        moodle.replyFixture(GET_SITE_INFO, "site_info_full.json").replyFixture(GET_COURSE_CONTENTS, "course_contents.json");
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    SyncReport run(FileCatalogueStore store) {
        CompetencyMapper mapper = new CompetencyMapper(CompetencyIndex.empty(), List.of(new KeywordRule("2.1", List.of("virgule"))));
        return new MoodleCourseHarvestJob(moodle.client(), store, mapper, Clock.systemUTC()).run(42, false);
    }

    @Test
    void harvestsPagesUrlsAndFilesMetadataThenWithdrawsWhatDisappears() {
        FileCatalogueStore store = new FileCatalogueStore(dir.resolve("c.json"));
        SyncReport report = run(store);

        assertThat(report.count(Outcome.CREATED)).isEqualTo(3);
        assertThat(report.entries(Outcome.SKIPPED)).extracting(SyncReport.Entry::reason)
                .anySatisfy(r -> assertThat(r).contains("forum")).anySatisfy(r -> assertThat(r).contains("masquée"));
        assertThat(moodle.calls(GET_COURSE_CONTENTS).get(0)).containsEntry("courseid", "42");
        HarvestedResource url = store.findBySourceId("moodle:univ-test:course:42:cm:103").orElseThrow().resource();
        assertThat(url.url()).isEqualTo("https://ressources.example.org/virgule");
        assertThat(url.competencies()).extracting(c -> c.code()).containsExactly("2.1");
        HarvestedResource pdf = store.findBySourceId("moodle:univ-test:course:42:cm:104").orElseThrow().resource();
        assertThat(pdf.description()).contains("memento-ponctuation.pdf").contains("application/pdf");
        assertThat(pdf.licence()).isEqualTo("cc-4.0");
        assertThat(pdf.authors()).containsExactly("Équipe Plume");

        assertThat(run(store).hasChanges()).isFalse();

        moodle.reply(GET_COURSE_CONTENTS, MoodleStubs.fixture("course_contents.json").replace("\"id\": 103,", "\"id\": 113,"));
        SyncReport after = run(store);
        assertThat(after.entries(Outcome.WITHDRAWN)).singleElement().satisfies(e -> assertThat(e.subject()).contains("cm:103"));
        assertThat(after.entries(Outcome.CREATED)).singleElement().satisfies(e -> assertThat(e.subject()).contains("cm:113"));
    }
}

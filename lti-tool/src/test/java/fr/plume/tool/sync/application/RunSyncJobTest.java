package fr.plume.tool.sync.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.sync.job.SyncReport;
import fr.plume.tool.support.FixedFrameworks;
import fr.plume.tool.sync.domain.ClaimedRun;
import fr.plume.tool.sync.domain.QuestionFileDownloads;
import fr.plume.tool.sync.domain.SyncJobKind;
import fr.plume.tool.sync.domain.SyncOutcome;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The runs that cannot even start, and why; a question file read through its port. Runs that reach
 * Moodle, an OAI-PMH repository or a question file over HTTP are tested against real HTTP stubs
 * (SyncThroughToolTest, RatingsPushThroughToolTest).
 */
class RunSyncJobTest {

    private static final UUID MEMBER = UUID.randomUUID();

    private static final String GIFT = "::Accord::Ils {=sont ~son} partis.\n\n::Homophone::Il {=a ~à} mangé.\n";

    private final SyncPorts.MemorySites sites = new SyncPorts.MemorySites();
    private final SyncPorts.MemoryDrafts drafts = new SyncPorts.MemoryDrafts();
    private final Map<URI, String> published = new HashMap<>();
    private final List<URI> read = new ArrayList<>();
    private final QuestionFileDownloads downloads = address -> {
        read.add(address);
        String file = published.get(address);
        if (file == null) {
            throw new QuestionFileDownloads.Unavailable("Fichier de questions : HTTP 404");
        }
        return new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8));
    };
    private final RunSyncJob runJob = new RunSyncJob(sites, FixedFrameworks.current(null), null, drafts, null,
            new SyncPorts.MemoryLedgers(), downloads, Clock.systemUTC());


    private ClaimedRun run(SyncJobKind job, String target) {
        UUID site = sites.save(MEMBER, "moodle", "https://m.example.org", "t", 4,
                Set.of(SyncJobKind.FRAMEWORK_PUSH, SyncJobKind.COURSE_HARVEST, SyncJobKind.QUESTIONS_HARVEST,
                        SyncJobKind.RATINGS_PUSH), List.of(), List.of());
        return new ClaimedRun(UUID.randomUUID(), MEMBER, site, null, job, target, false);
    }

    @Test
    void aSiteOfAnotherMemberOrAJobTheSiteDoesNotAllowDoesNotRun() {
        ClaimedRun push = run(SyncJobKind.FRAMEWORK_PUSH, "");
        assertThatThrownBy(() -> runJob.run(new ClaimedRun(push.runId(), UUID.randomUUID(), push.siteId(), null,
                SyncJobKind.FRAMEWORK_PUSH, "", false)))
                .isInstanceOf(RunSyncJob.NotRunnable.class).hasMessageContaining("site not found");
        assertThatThrownBy(() -> runJob.run(run(SyncJobKind.OAI_HARVEST, "dc")))
                .isInstanceOf(RunSyncJob.NotRunnable.class).hasMessageContaining("job not enabled");
    }

    @Test
    void pushesNeedAFrameworkAndHarvestsAValidTarget() {
        assertThatThrownBy(() -> runJob.run(run(SyncJobKind.FRAMEWORK_PUSH, "")))
                .isInstanceOf(RunSyncJob.NotRunnable.class).hasMessageContaining("no framework imported");
        assertThatThrownBy(() -> runJob.run(run(SyncJobKind.RATINGS_PUSH, "")))
                .isInstanceOf(RunSyncJob.NotRunnable.class).hasMessageContaining("no framework imported");
        assertThatThrownBy(() -> runJob.run(run(SyncJobKind.COURSE_HARVEST, "cours-12")))
                .isInstanceOf(RunSyncJob.NotRunnable.class).hasMessageContaining("invalid course id");
        assertThatThrownBy(() -> runJob.run(run(SyncJobKind.QUESTIONS_HARVEST, "file:///etc/passwd")))
                .isInstanceOf(RunSyncJob.NotRunnable.class).hasMessageContaining("invalid file URL");
    }

    @Test
    void aQuestionFileIsReadFromItsAddressAndBecomesDraftsOfTheMember() {
        URI address = URI.create("https://m.example.org/pluginfile.php/12/homophones.gift");
        published.put(address, GIFT);

        SyncOutcome outcome = runJob.run(run(SyncJobKind.QUESTIONS_HARVEST, address.toString()));

        assertThat(read).containsExactly(address);
        assertThat(outcome.report().count(SyncReport.Outcome.CREATED)).isEqualTo(2);
        assertThat(drafts.pending(MEMBER, 10)).hasSize(2);
    }

    @Test
    void anUnreadableQuestionFileStopsTheRunWithItsReason() {
        assertThatThrownBy(() -> runJob.run(run(SyncJobKind.QUESTIONS_HARVEST, "https://m.example.org/absent.gift")))
                .isInstanceOf(RunSyncJob.NotRunnable.class).hasMessage("Fichier de questions : HTTP 404");
        assertThat(drafts.pending(MEMBER, 10)).isEmpty();
    }
}

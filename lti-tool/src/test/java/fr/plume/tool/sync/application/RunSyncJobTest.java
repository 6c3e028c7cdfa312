package fr.plume.tool.sync.application;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.tool.sync.domain.ClaimedRun;
import fr.plume.tool.sync.domain.SyncJobKind;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The runs that cannot even start, and why. Runs that reach Moodle, an OAI-PMH repository or a
 * question file are tested against real HTTP stubs (SyncThroughToolTest, RatingsPushThroughToolTest).
 */
class RunSyncJobTest {

    private static final UUID MEMBER = UUID.randomUUID();

    private final SyncPorts.MemorySites sites = new SyncPorts.MemorySites();
    private final RunSyncJob runJob = new RunSyncJob(sites, SyncPorts.frameworks(null), null, new SyncPorts.MemoryDrafts(), null,
            new SyncPorts.MemoryLedgers(), Clock.systemUTC());


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
}

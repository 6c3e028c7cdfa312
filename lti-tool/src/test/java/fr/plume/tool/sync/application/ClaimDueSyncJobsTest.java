package fr.plume.tool.sync.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.support.MovableClock;
import fr.plume.tool.sync.domain.ClaimedRun;
import fr.plume.tool.sync.domain.RunStatus;
import fr.plume.tool.sync.domain.SyncJobKind;
import fr.plume.tool.sync.domain.SyncSettings;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ClaimDueSyncJobsTest {

    private static final UUID MEMBER = UUID.randomUUID();
    private static final UUID SITE = UUID.randomUUID();

    private final MovableClock clock = MovableClock.stopped();
    private final SyncPorts.MemorySchedules schedules = new SyncPorts.MemorySchedules();
    private final SyncPorts.MemoryRuns runs = new SyncPorts.MemoryRuns();

    private ClaimDueSyncJobs node(String name) {
        return new ClaimDueSyncJobs(schedules, runs, new SyncSettings(name, Duration.ofHours(1)), clock);
    }

    @Test
    void aDueScheduleBecomesARunningRunOfThisNodeAndIsLeased() {
        UUID due = schedules.save(MEMBER, SITE, SyncJobKind.OAI_HARVEST, "dc", null, Duration.ofHours(6), true,
                clock.instant().minusSeconds(1));
        schedules.save(MEMBER, SITE, SyncJobKind.FRAMEWORK_PUSH, "", null, Duration.ofHours(6), false,
                clock.instant().plusSeconds(60));

        List<ClaimedRun> claimed = node("node-a").claim(5);

        assertThat(claimed).singleElement().satisfies(run -> {
            assertThat(run.scheduleId()).isEqualTo(due);
            assertThat(run.job()).isEqualTo(SyncJobKind.OAI_HARVEST);
            assertThat(run.target()).isEqualTo("dc");
            assertThat(run.dryRun()).isTrue();
            assertThat(runs.find(MEMBER, run.runId()).orElseThrow().status()).isEqualTo(RunStatus.RUNNING);
            assertThat(runs.find(MEMBER, run.runId()).orElseThrow().nodeId()).isEqualTo("node-a");
        });
        assertThat(schedules.find(MEMBER, due).orElseThrow().leaseOwner()).isEqualTo("node-a");
        assertThat(node("node-b").claim(5)).as("leased to node-a").isEmpty();
    }

    @Test
    void queuedRunsAreClaimedOnceAndRunsOfADeadNodeFailWhenTheirLeaseEnds() {
        UUID queued = runs.queue(MEMBER, SITE, null, SyncJobKind.FRAMEWORK_PUSH, "", false, "admin", clock.instant());

        assertThat(node("node-a").claim(5)).extracting(ClaimedRun::runId).containsExactly(queued);
        assertThat(node("node-b").claim(5)).isEmpty();

        clock.advance(Duration.ofHours(2));
        node("node-b").claim(5);
        assertThat(runs.find(MEMBER, queued).orElseThrow().status()).isEqualTo(RunStatus.FAILED);
    }
}

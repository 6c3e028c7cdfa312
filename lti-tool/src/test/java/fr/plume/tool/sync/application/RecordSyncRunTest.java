package fr.plume.tool.sync.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.sync.job.SyncReport;
import fr.plume.tool.support.MovableClock;
import fr.plume.tool.sync.domain.ClaimedRun;
import fr.plume.tool.sync.domain.RunStatus;
import fr.plume.tool.sync.domain.SyncJobKind;
import fr.plume.tool.sync.domain.SyncOutcome;
import fr.plume.tool.sync.domain.SyncRun;
import fr.plume.tool.sync.domain.SyncSettings;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecordSyncRunTest {

    private static final UUID MEMBER = UUID.randomUUID();
    private static final String TOKEN = "wstoken-0123456789abcdef";

    private final MovableClock clock = MovableClock.stopped();
    private final SyncPorts.MemorySites sites = new SyncPorts.MemorySites();
    private final SyncPorts.MemorySchedules schedules = new SyncPorts.MemorySchedules();
    private final SyncPorts.MemoryRuns runs = new SyncPorts.MemoryRuns();
    private final SyncSettings settings = new SyncSettings("node-a", Duration.ofHours(1));
    private final RecordSyncRun record = new RecordSyncRun(runs, schedules, sites, settings, clock,
            new SyncMetrics(new io.micrometer.core.instrument.simple.SimpleMeterRegistry()));

    private ClaimedRun claimedHarvest() {
        UUID site = sites.save(MEMBER, "moodle", "https://m.example.org", TOKEN, 4, Set.of(SyncJobKind.OAI_HARVEST),
                List.of(), List.of());
        schedules.save(MEMBER, site, SyncJobKind.OAI_HARVEST, "dc", null, Duration.ofHours(6), false, clock.instant());
        return new ClaimDueSyncJobs(schedules, runs, settings, clock).claim(1).get(0);
    }

    @Test
    void aSucceededRunKeepsItsReportAndGivesItsScheduleTheNextRunTime() {
        ClaimedRun run = claimedHarvest();
        SyncReport report = new SyncReport.Builder("oai-harvest", "dc", false, clock.instant())
                .created("ressource 1", "nouvelle").unchanged("ressource 2", "").build(clock.instant());

        record.succeeded(run, new SyncOutcome(report, Optional.empty()));

        SyncRun recorded = runs.find(MEMBER, run.runId()).orElseThrow();
        assertThat(recorded.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(recorded.report().created()).isEqualTo(1);
        assertThat(recorded.report().unchanged()).isEqualTo(1);
        var schedule = schedules.find(MEMBER, run.scheduleId()).orElseThrow();
        assertThat(schedule.leaseOwner()).isNull();
        assertThat(schedule.nextRunAt()).isEqualTo(clock.instant().plus(Duration.ofHours(6)));
    }

    @Test
    void aReportWithFailuresIsAFailedRunSayingHowMany() {
        ClaimedRun run = claimedHarvest();
        SyncReport report = new SyncReport.Builder("oai-harvest", "dc", false, clock.instant())
                .failed("ressource 1", "illisible").build(clock.instant());

        record.succeeded(run, new SyncOutcome(report, Optional.of(new byte[] {1})));

        SyncRun recorded = runs.find(MEMBER, run.runId()).orElseThrow();
        assertThat(recorded.status()).isEqualTo(RunStatus.FAILED);
        assertThat(recorded.error()).startsWith("1 élément(s) en échec");
        assertThat(runs.attachment(MEMBER, run.runId())).isPresent();
    }

    @Test
    void aFailedRunKeepsItsReasonWithoutTheSitesToken() {
        ClaimedRun run = claimedHarvest();

        record.failed(run, new RunSyncJob.NotRunnable("Moodle refused " + TOKEN + " for this call"));

        SyncRun recorded = runs.find(MEMBER, run.runId()).orElseThrow();
        assertThat(recorded.status()).isEqualTo(RunStatus.FAILED);
        assertThat(recorded.error()).startsWith("Moodle refused").doesNotContain(TOKEN);
        assertThat(schedules.find(MEMBER, run.scheduleId()).orElseThrow().leaseOwner()).isNull();
    }
}

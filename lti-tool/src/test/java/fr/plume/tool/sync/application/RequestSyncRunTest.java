package fr.plume.tool.sync.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.tool.shared.domain.PlumeProblemException;
import fr.plume.tool.support.MovableClock;
import fr.plume.tool.sync.domain.RunStatus;
import fr.plume.tool.sync.domain.SyncJobKind;
import fr.plume.tool.sync.domain.SyncRun;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestSyncRunTest {

    private static final UUID MEMBER = UUID.randomUUID();

    private final MovableClock clock = MovableClock.stopped();
    private final SyncPorts.MemorySites sites = new SyncPorts.MemorySites();
    private final SyncPorts.MemorySchedules schedules = new SyncPorts.MemorySchedules();
    private final SyncPorts.MemoryRuns runs = new SyncPorts.MemoryRuns();
    private final List<Runnable> wakeUps = new ArrayList<>();
    private final RequestSyncRun request = new RequestSyncRun(schedules, sites, runs,
            new SyncScheduler(null, null, null), wakeUps::add, clock);

    @Test
    void queuesARunOfTheSchedulesJobAndWakesTheScheduler() {
        UUID site = sites.save(MEMBER, "moodle", "https://m.example.org", "t", 4, Set.of(SyncJobKind.COURSE_HARVEST),
                List.of(), List.of());
        UUID schedule = schedules.save(MEMBER, site, SyncJobKind.COURSE_HARVEST, "42", null, Duration.ofDays(1), false,
                clock.instant().plus(Duration.ofDays(1)));

        UUID runId = request.request(MEMBER, schedule, true, "admin");

        SyncRun run = runs.find(MEMBER, runId).orElseThrow();
        assertThat(run.status()).isEqualTo(RunStatus.QUEUED);
        assertThat(run.job()).isEqualTo(SyncJobKind.COURSE_HARVEST);
        assertThat(run.target()).isEqualTo("42");
        assertThat(run.dryRun()).isTrue();
        assertThat(run.requestedBy()).isEqualTo("admin");
        assertThat(wakeUps).hasSize(1);
    }

    @Test
    void anotherMembersScheduleIsNotFound() {
        UUID site = sites.save(MEMBER, "moodle", "https://m.example.org", "t", 4, Set.of(), List.of(), List.of());
        UUID schedule = schedules.save(MEMBER, site, SyncJobKind.FRAMEWORK_PUSH, "", null, Duration.ofDays(1), false,
                clock.instant());

        assertThatThrownBy(() -> request.request(UUID.randomUUID(), schedule, false, "admin"))
                .isInstanceOf(PlumeProblemException.class).hasMessageContaining("PLUME-NOT-FOUND");
        assertThat(runs.recent(10)).isEmpty();
        assertThat(wakeUps).isEmpty();
    }
}

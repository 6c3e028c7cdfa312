package fr.plume.tool.sync.application;

import fr.plume.tool.shared.domain.PlumeProblemException;
import fr.plume.tool.sync.domain.SyncRuns;
import fr.plume.tool.sync.domain.SyncSchedule;
import fr.plume.tool.sync.domain.SyncSchedules;
import fr.plume.tool.sync.domain.SyncSite;
import fr.plume.tool.sync.domain.SyncSites;
import java.time.Clock;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;

/**
 * "Run now" and "dry run": queues a run of a schedule's job, then wakes this node's scheduler
 * so the administrator does not wait for the next poll (any node may still take it).
 */
@Service
public class RequestSyncRun {

    private final SyncSchedules schedules;
    private final SyncSites sites;
    private final SyncRuns runs;
    private final SyncScheduler scheduler;
    private final TaskExecutor executor;
    private final Clock clock;

    RequestSyncRun(SyncSchedules schedules, SyncSites sites, SyncRuns runs, SyncScheduler scheduler,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor, Clock clock) {
        this.schedules = schedules;
        this.sites = sites;
        this.runs = runs;
        this.scheduler = scheduler;
        this.executor = executor;
        this.clock = clock;
    }

    public UUID request(UUID memberId, UUID scheduleId, boolean dryRun, String requestedBy) {
        SyncSchedule schedule = schedules.find(memberId, scheduleId)
                .orElseThrow(() -> new PlumeProblemException("PLUME-NOT-FOUND", 404));
        SyncSite site = sites.find(memberId, schedule.siteId())
                .orElseThrow(() -> new PlumeProblemException("PLUME-NOT-FOUND", 404));
        UUID id = runs.queue(memberId, site.id(), schedule.id(), schedule.job(), schedule.target(), dryRun,
                requestedBy, clock.instant());
        executor.execute(scheduler::tick);
        return id;
    }
}

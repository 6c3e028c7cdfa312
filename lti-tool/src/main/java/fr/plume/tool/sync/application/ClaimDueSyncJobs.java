package fr.plume.tool.sync.application;

import fr.plume.tool.sync.domain.ClaimedRun;
import fr.plume.tool.sync.domain.SyncRuns;
import fr.plume.tool.sync.domain.SyncSchedule;
import fr.plume.tool.sync.domain.SyncSchedules;
import fr.plume.tool.sync.domain.SyncSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Takes this node's share of the work: due schedules (each becomes a RUNNING run) and runs
 * queued by administrators, both claimed with {@code FOR UPDATE SKIP LOCKED} and a lease so
 * that no two nodes run the same thing.
 */
@Service
public class ClaimDueSyncJobs {

    private final SyncSchedules schedules;
    private final SyncRuns runs;
    private final SyncSettings settings;
    private final Clock clock;

    ClaimDueSyncJobs(SyncSchedules schedules, SyncRuns runs, SyncSettings settings, Clock clock) {
        this.schedules = schedules;
        this.runs = runs;
        this.settings = settings;
        this.clock = clock;
    }

    public List<ClaimedRun> claim(int limit) {
        Instant now = clock.instant();
        Instant leaseUntil = now.plus(settings.lease());
        runs.failAbandoned(now);
        List<ClaimedRun> claimed = new ArrayList<>(runs.claimQueued(settings.nodeId(), now, leaseUntil, limit));
        for (SyncSchedule s : schedules.claimDue(settings.nodeId(), now, leaseUntil, limit)) {
            claimed.add(new ClaimedRun(runs.start(s.memberId(), s.siteId(), s.id(), s.job(), s.target(), s.dryRun(),
                    settings.nodeId(), now, leaseUntil), s.memberId(), s.siteId(), s.id(), s.job(), s.target(),
                    s.dryRun()));
        }
        return claimed;
    }
}

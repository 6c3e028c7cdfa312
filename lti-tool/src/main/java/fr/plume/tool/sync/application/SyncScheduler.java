package fr.plume.tool.sync.application;

import fr.plume.tool.sync.domain.ClaimedRun;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Polls the database for due schedules and queued runs and runs what this node claimed. Every
 * node polls; the claim decides who works. One tick at a time per node.
 */
@Component
public class SyncScheduler {

    private static final Logger log = LoggerFactory.getLogger(SyncScheduler.class);
    private static final int BATCH = 5;

    private final ClaimDueSyncJobs claim;
    private final RunSyncJob runJob;
    private final RecordSyncRun record;
    private final ReentrantLock ticking = new ReentrantLock();

    SyncScheduler(ClaimDueSyncJobs claim, RunSyncJob runJob, RecordSyncRun record) {
        this.claim = claim;
        this.runJob = runJob;
        this.record = record;
    }

    @Scheduled(initialDelayString = "${plume.sync.initial-delay:PT20S}", fixedDelayString = "${plume.sync.poll-interval:PT30S}")
    void poll() {
        tick();
    }

    /** Claims and runs until nothing is left for this node; returns how many runs it executed. */
    public int tick() {
        if (!ticking.tryLock()) {
            return 0;
        }
        try {
            int done = 0;
            List<ClaimedRun> claimed;
            while (!(claimed = claim.claim(BATCH)).isEmpty()) {
                for (ClaimedRun run : claimed) {
                    execute(run);
                    done++;
                }
            }
            return done;
        } catch (RuntimeException e) {
            log.error("event=sync.poll.failed", e);
            return 0;
        } finally {
            ticking.unlock();
        }
    }

    private void execute(ClaimedRun run) {
        log.info("event=sync.run.started run={} member={} job={} dryRun={}", run.runId(), run.memberId(), run.job(),
                run.dryRun());
        try {
            record.succeeded(run, runJob.run(run));
        } catch (RuntimeException e) {
            record.failed(run, e);
        }
    }
}

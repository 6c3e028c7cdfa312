package fr.plume.tool.sync.application;

import fr.plume.sync.format.FormatException;
import fr.plume.sync.job.SiteNotReadyException;
import fr.plume.sync.moodle.MoodleTransportException;
import fr.plume.sync.moodle.MoodleWsException;
import fr.plume.tool.sync.domain.ClaimedRun;
import fr.plume.tool.sync.domain.RunStatus;
import fr.plume.tool.sync.domain.SecretScrubber;
import fr.plume.tool.sync.domain.StoredReport;
import fr.plume.tool.sync.domain.SyncOutcome;
import fr.plume.tool.sync.domain.SyncRuns;
import fr.plume.tool.sync.domain.SyncSchedule;
import fr.plume.tool.sync.domain.SyncSchedules;
import fr.plume.tool.sync.domain.SyncSettings;
import fr.plume.tool.sync.domain.SyncSites;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Writes a run's end: its report (or why it could not run) in {@code sync_run}, then gives its
 * schedule back with the next run time. Error texts are scrubbed of the site's token.
 */
@Service
public class RecordSyncRun {

    private static final Logger log = LoggerFactory.getLogger(RecordSyncRun.class);

    private final SyncRuns runs;
    private final SyncSchedules schedules;
    private final SyncSites sites;
    private final SyncSettings settings;
    private final Clock clock;
    private final SyncMetrics metrics;

    RecordSyncRun(SyncRuns runs, SyncSchedules schedules, SyncSites sites, SyncSettings settings,
            Clock clock, SyncMetrics metrics) {
        this.metrics = metrics;
        this.runs = runs;
        this.schedules = schedules;
        this.sites = sites;
        this.settings = settings;
        this.clock = clock;
    }

    public void succeeded(ClaimedRun run, SyncOutcome outcome) {
        StoredReport report = StoredReport.of(outcome.report());
        RunStatus status = report.hasFailures() ? RunStatus.FAILED : RunStatus.SUCCEEDED;
        runs.finish(run.runId(), settings.nodeId(), status, report, report.hasFailures()
                ? report.failed() + " élément(s) en échec / item(s) failed" : null, outcome.attachment().orElse(null),
                clock.instant());
        log.info("event=sync.run.finished run={} member={} job={} dryRun={} status={} created={} updated={} "
                        + "unchanged={} withdrawn={} skipped={} failed={}", run.runId(), run.memberId(), run.job(),
                run.dryRun(), status, report.created(), report.updated(), report.unchanged(), report.withdrawn(),
                report.skipped(), report.failed());
        metrics.finished(status == RunStatus.FAILED);
        releaseSchedule(run);
    }

    public void failed(ClaimedRun run, RuntimeException e) {
        String message = SecretScrubber.scrub(describe(e), tokenOf(run));
        runs.finish(run.runId(), settings.nodeId(), RunStatus.FAILED, null, message, null, clock.instant());
        log.warn("event=sync.run.failed run={} member={} job={} reason={}", run.runId(), run.memberId(), run.job(),
                e.getClass().getSimpleName());
        metrics.finished(true);
        releaseSchedule(run);
    }

    private void releaseSchedule(ClaimedRun run) {
        if (run.scheduleId() == null) {
            return;
        }
        Instant now = clock.instant();
        schedules.find(run.memberId(), run.scheduleId()).filter(s -> settings.nodeId().equals(s.leaseOwner()))
                .ifPresent((SyncSchedule s) -> schedules.release(s.id(), settings.nodeId(), NextRunTime.after(s, now)));
    }

    private String tokenOf(ClaimedRun run) {
        try {
            return sites.token(run.memberId(), run.siteId());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String describe(RuntimeException e) {
        if (e instanceof MoodleWsException || e instanceof MoodleTransportException || e instanceof SiteNotReadyException
                || e instanceof FormatException || e instanceof RunSyncJob.NotRunnable
                || e instanceof fr.plume.sync.moodle.MissingFunctionsException) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " : " + e.getMessage());
    }
}

package fr.plume.tool.sync.domain;

import fr.plume.sync.job.SyncReport;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A run's {@link SyncReport} as it is kept (jsonb) and shown: the counts per outcome, then every
 * entry with its reason, and Moodle's warnings.
 */
public record StoredReport(String job, String target, boolean dryRun, Instant startedAt, Instant finishedAt,
        long created, long updated, long unchanged, long withdrawn, long skipped, long failed,
        List<StoredEntry> entries, List<String> warnings) {

    public record StoredEntry(String outcome, String subject, String reason) {

        /** Lower-case outcome, for message keys and CSS classes. */
        public String key() {
            return outcome.toLowerCase(Locale.ROOT);
        }
    }

    public StoredReport {
        entries = entries == null ? List.of() : List.copyOf(entries);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public static StoredReport of(SyncReport r) {
        return new StoredReport(r.job(), r.target(), r.dryRun(), r.startedAt(), r.finishedAt(),
                r.count(SyncReport.Outcome.CREATED), r.count(SyncReport.Outcome.UPDATED),
                r.count(SyncReport.Outcome.UNCHANGED), r.count(SyncReport.Outcome.WITHDRAWN),
                r.count(SyncReport.Outcome.SKIPPED), r.count(SyncReport.Outcome.FAILED),
                r.entries().stream().map(e -> new StoredEntry(e.outcome().name(), e.subject(), e.reason())).toList(),
                r.warnings());
    }

    /** Entries other than "unchanged": what an administrator needs to read. */
    public List<StoredEntry> notable() {
        return entries.stream().filter(e -> !e.outcome().equals("UNCHANGED")).toList();
    }

    public boolean hasFailures() {
        return failed > 0;
    }
}

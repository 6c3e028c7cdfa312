package fr.plume.sync.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a job did, or would do in a dry run: one entry per thing it looked at, each with the
 * outcome and the reason, plus the warnings Moodle attached to its replies.
 */
public record SyncReport(String job, String target, boolean dryRun, Instant startedAt, Instant finishedAt,
                         List<Entry> entries, List<String> warnings) {

    public enum Outcome {
        CREATED("créé"), UPDATED("mis à jour"), UNCHANGED("inchangé"), WITHDRAWN("retiré"),
        SKIPPED("ignoré"), FAILED("en échec");

        private final String french;

        Outcome(String french) {
            this.french = french;
        }

        public String french() {
            return french;
        }
    }

    public record Entry(Outcome outcome, String subject, String reason) {
    }

    public SyncReport {
        entries = List.copyOf(entries);
        warnings = List.copyOf(warnings);
    }

    public long count(Outcome outcome) {
        return entries.stream().filter(e -> e.outcome() == outcome).count();
    }

    public List<Entry> entries(Outcome outcome) {
        return entries.stream().filter(e -> e.outcome() == outcome).toList();
    }

    public boolean hasFailures() {
        return count(Outcome.FAILED) > 0;
    }

    /** True when the run changed (or, dry, would change) something. */
    public boolean hasChanges() {
        return count(Outcome.CREATED) + count(Outcome.UPDATED) + count(Outcome.WITHDRAWN) > 0;
    }

    public Map<Outcome, Long> counts() {
        Map<Outcome, Long> m = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            m.put(o, count(o));
        }
        return m;
    }

    /** One line per outcome count, then every entry that is not "unchanged". In French. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append(job).append(" → ").append(target).append(dryRun ? " (simulation : rien n'a été modifié)" : "")
                .append('\n');
        for (Outcome o : Outcome.values()) {
            sb.append("  ").append(o.french()).append(" : ").append(count(o)).append('\n');
        }
        for (Entry e : entries) {
            if (e.outcome() != Outcome.UNCHANGED) {
                sb.append("  [").append(e.outcome().french()).append("] ").append(e.subject());
                if (!e.reason().isEmpty()) {
                    sb.append(" — ").append(e.reason());
                }
                sb.append('\n');
            }
        }
        for (String w : warnings) {
            sb.append("  [avertissement Moodle] ").append(w).append('\n');
        }
        return sb.toString();
    }

    /** Collects entries while a job runs. */
    public static final class Builder {
        private final String job;
        private final String target;
        private final boolean dryRun;
        private final Instant startedAt;
        private final List<Entry> entries = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();

        public Builder(String job, String target, boolean dryRun, Instant startedAt) {
            this.job = job;
            this.target = target;
            this.dryRun = dryRun;
            this.startedAt = startedAt;
        }

        public synchronized Builder add(Outcome outcome, String subject, String reason) {
            entries.add(new Entry(outcome, subject, reason == null ? "" : reason));
            return this;
        }

        public Builder created(String subject, String reason) {
            return add(Outcome.CREATED, subject, reason);
        }

        public Builder updated(String subject, String reason) {
            return add(Outcome.UPDATED, subject, reason);
        }

        public Builder unchanged(String subject, String reason) {
            return add(Outcome.UNCHANGED, subject, reason);
        }

        public Builder withdrawn(String subject, String reason) {
            return add(Outcome.WITHDRAWN, subject, reason);
        }

        public Builder skipped(String subject, String reason) {
            return add(Outcome.SKIPPED, subject, reason);
        }

        public Builder failed(String subject, String reason) {
            return add(Outcome.FAILED, subject, reason);
        }

        public synchronized Builder warning(String warning) {
            warnings.add(warning);
            return this;
        }

        public boolean dryRun() {
            return dryRun;
        }

        public synchronized SyncReport build(Instant finishedAt) {
            return new SyncReport(job, target, dryRun, startedAt, finishedAt, entries, warnings);
        }
    }
}

package fr.plume.sync.job;

import fr.plume.sync.i18n.Phrase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a job did, or would do in a dry run: one entry per thing it looked at, each with the
 * outcome and the reason, plus warnings (those Moodle attached to its replies, and what a file
 * lost on the way). Texts are kept in French ({@link Entry#subject()}, {@link Entry#reason()},
 * {@link #warnings()}) and, where the job gave one, as a {@link Phrase} any language can render.
 */
public record SyncReport(String job, String target, boolean dryRun, Instant startedAt, Instant finishedAt,
                         List<Entry> entries, List<String> warnings, List<Phrase> warningPhrases) {

    public enum Outcome {
        CREATED, UPDATED, UNCHANGED, WITHDRAWN, SKIPPED, FAILED;

        public String french() {
            return in(Locale.FRENCH);
        }

        public String in(Locale locale) {
            return Phrase.of("outcome." + name()).in(locale);
        }
    }

    public record Entry(Outcome outcome, String subject, String reason, Phrase subjectPhrase, Phrase reasonPhrase) {

        public Entry(Outcome outcome, String subject, String reason) {
            this(outcome, subject, reason, Phrase.literal(subject), Phrase.literal(reason));
        }

        public Entry {
            subjectPhrase = subjectPhrase == null ? Phrase.literal(subject) : subjectPhrase;
            reasonPhrase = reasonPhrase == null ? Phrase.literal(reason) : reasonPhrase;
        }

        Entry in(Locale locale) {
            return new Entry(outcome, subjectPhrase.in(locale), reasonPhrase.in(locale), subjectPhrase, reasonPhrase);
        }
    }

    public SyncReport {
        entries = List.copyOf(entries);
        warnings = List.copyOf(warnings);
        warningPhrases = List.copyOf(warningPhrases);
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

    /** This report with its texts in {@code locale} (for a JSON copy in the reader's language). */
    public SyncReport in(Locale locale) {
        return new SyncReport(job, target, dryRun, startedAt, finishedAt,
                entries.stream().map(e -> e.in(locale)).toList(),
                warningPhrases.stream().map(w -> w.in(locale)).toList(), warningPhrases);
    }

    /** In French. */
    public String toText() {
        return toText(Locale.FRENCH);
    }

    /** One line per outcome count, then every entry that is not "unchanged", then the warnings. */
    public String toText(Locale locale) {
        StringBuilder sb = new StringBuilder();
        sb.append(job).append(" → ").append(target).append(dryRun ? " " + Phrase.of("report.dryRun").in(locale) : "")
                .append('\n');
        for (Outcome o : Outcome.values()) {
            sb.append("  ").append(Phrase.of("report.count", o.in(locale), count(o)).in(locale)).append('\n');
        }
        for (Entry e : entries) {
            if (e.outcome() != Outcome.UNCHANGED) {
                String reason = e.reasonPhrase().in(locale);
                sb.append("  [").append(e.outcome().in(locale)).append("] ").append(e.subjectPhrase().in(locale));
                if (!reason.isEmpty()) {
                    sb.append(" — ").append(reason);
                }
                sb.append('\n');
            }
        }
        for (Phrase w : warningPhrases) {
            sb.append("  [").append(Phrase.of("report.warning").in(locale)).append("] ").append(w.in(locale)).append('\n');
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
        private final List<Phrase> warnings = new ArrayList<>();

        public Builder(String job, String target, boolean dryRun, Instant startedAt) {
            this.job = job;
            this.target = target;
            this.dryRun = dryRun;
            this.startedAt = startedAt;
        }

        public synchronized Builder add(Outcome outcome, Phrase subject, Phrase reason) {
            Phrase why = reason == null ? Phrase.literal("") : reason;
            entries.add(new Entry(outcome, subject.french(), why.french(), subject, why));
            return this;
        }

        public Builder add(Outcome outcome, String subject, String reason) {
            return add(outcome, Phrase.literal(subject), Phrase.literal(reason == null ? "" : reason));
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

        public Builder created(Phrase subject, Phrase reason) {
            return add(Outcome.CREATED, subject, reason);
        }

        public Builder updated(Phrase subject, Phrase reason) {
            return add(Outcome.UPDATED, subject, reason);
        }

        public Builder unchanged(Phrase subject, Phrase reason) {
            return add(Outcome.UNCHANGED, subject, reason);
        }

        public Builder withdrawn(Phrase subject, Phrase reason) {
            return add(Outcome.WITHDRAWN, subject, reason);
        }

        public Builder skipped(Phrase subject, Phrase reason) {
            return add(Outcome.SKIPPED, subject, reason);
        }

        public Builder failed(Phrase subject, Phrase reason) {
            return add(Outcome.FAILED, subject, reason);
        }

        public Builder warning(String warning) {
            return warning(Phrase.literal(warning));
        }

        public synchronized Builder warning(Phrase warning) {
            warnings.add(warning);
            return this;
        }

        public boolean dryRun() {
            return dryRun;
        }

        public synchronized SyncReport build(Instant finishedAt) {
            return new SyncReport(job, target, dryRun, startedAt, finishedAt, entries,
                    warnings.stream().map(Phrase::french).toList(), warnings);
        }
    }
}

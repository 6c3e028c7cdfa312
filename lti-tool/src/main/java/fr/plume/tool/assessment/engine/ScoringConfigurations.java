package fr.plume.tool.assessment.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;

/** The history of scoring configurations; picks the one in force on an attempt's start date. */
public final class ScoringConfigurations {

    /** Dates of attempts are read in the consortium's time zone unless told otherwise. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Paris");

    /**
     * First published configuration. Cut points are provisional until a standard-setting study
     * (e.g. bookmark method) replaces them with a new version; the scale is 500 + 100·θ on 0–1000.
     */
    public static final ScoringConfiguration INITIAL = new ScoringConfiguration("2025.1", LocalDate.of(2025, 1, 1),
            List.of(-1.5, -0.5, 0.25, 1.0, 1.75), 500.0, 100.0, 0, 1000);

    private final List<ScoringConfiguration> byDate;

    private ScoringConfigurations(List<ScoringConfiguration> byDate) {
        this.byDate = byDate;
    }

    public static ScoringConfigurations standard() {
        return of(List.of(INITIAL));
    }

    public static ScoringConfigurations of(List<ScoringConfiguration> configurations) {
        if (configurations.isEmpty()) {
            throw new IllegalArgumentException("at least one scoring configuration is needed");
        }
        List<ScoringConfiguration> sorted = configurations.stream()
                .sorted(Comparator.comparing(ScoringConfiguration::effectiveFrom))
                .toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).effectiveFrom().equals(sorted.get(i - 1).effectiveFrom())) {
                throw new IllegalArgumentException("two scoring configurations start on " + sorted.get(i).effectiveFrom());
            }
        }
        if (sorted.stream().map(ScoringConfiguration::version).distinct().count() != sorted.size()) {
            throw new IllegalArgumentException("scoring configuration versions must be unique");
        }
        return new ScoringConfigurations(sorted);
    }

    /** The configuration with the latest effective date on or before {@code startDate}. */
    public ScoringConfiguration forDate(LocalDate startDate) {
        ScoringConfiguration found = null;
        for (ScoringConfiguration configuration : byDate) {
            if (!configuration.effectiveFrom().isAfter(startDate)) {
                found = configuration;
            }
        }
        if (found == null) {
            throw new NoSuchElementException("no scoring configuration in force on " + startDate);
        }
        return found;
    }

    public ScoringConfiguration forDate(Instant attemptStart) {
        return forDate(attemptStart, DEFAULT_ZONE);
    }

    public ScoringConfiguration forDate(Instant attemptStart, ZoneId zone) {
        return forDate(LocalDate.ofInstant(attemptStart, zone));
    }

    /** Looks a configuration up by the version stored with a result, to re-score it. */
    public ScoringConfiguration version(String version) {
        return byDate.stream().filter(c -> c.version().equals(version)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("unknown scoring configuration " + version));
    }

    public List<ScoringConfiguration> all() {
        return byDate;
    }
}

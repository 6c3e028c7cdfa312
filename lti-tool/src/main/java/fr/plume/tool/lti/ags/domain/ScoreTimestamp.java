package fr.plume.tool.lti.ags.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Chooses the timestamp of a new score, once, when its outbox row is created. AGS 2.0 §3.4.7
 * asks for timestamps that increase per user and line item; Moodle compares them to the second
 * ({@code strtotime}) and refuses an equal or older one with 409, so two results of the same
 * user on the same link within one second are spread one second apart.
 */
public final class ScoreTimestamp {

    private ScoreTimestamp() {
    }

    /**
     * @param completedAt the attempt's completion time
     * @param previous    the latest timestamp already queued for that user and link, or null
     */
    public static Instant choose(Instant completedAt, Instant previous) {
        Instant candidate = completedAt.truncatedTo(ChronoUnit.SECONDS);
        if (previous == null) {
            return candidate;
        }
        Instant floor = previous.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        return candidate.isBefore(floor) ? floor : candidate;
    }
}

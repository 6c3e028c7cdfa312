package fr.plume.tool.sync.application;

import fr.plume.tool.sync.domain.SyncSchedule;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.springframework.scheduling.support.CronExpression;

/** When a schedule is due again after a run that ended at {@code now}; cron expressions are read in UTC. */
public final class NextRunTime {

    private NextRunTime() {
    }

    public static Instant after(SyncSchedule schedule, Instant now) {
        return after(schedule.cron(), schedule.interval(), now);
    }

    public static Instant after(String cron, Duration interval, Instant now) {
        if (cron != null && !cron.isBlank()) {
            ZonedDateTime next = CronExpression.parse(cron).next(now.atZone(ZoneOffset.UTC));
            if (next == null) {
                throw new IllegalArgumentException("cron expression never fires: " + cron);
            }
            return next.toInstant();
        }
        return now.plus(interval);
    }

    /** Checks a cron expression ({@code second minute hour day month weekday}), or an interval of at least a minute. */
    public static void validate(String cron, Duration interval) {
        if (cron != null && !cron.isBlank()) {
            CronExpression.parse(cron);
        } else if (interval == null || interval.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException("interval below one minute");
        }
    }
}

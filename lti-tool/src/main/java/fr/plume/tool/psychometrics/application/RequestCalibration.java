package fr.plume.tool.psychometrics.application;

import fr.plume.tool.psychometrics.domain.CalibrationRuns;
import fr.plume.tool.psychometrics.domain.RunKind;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.LocalDateTime;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Queues a calibration run; a node picks it up in the background. Its version is named after the moment (a suffix when another run took that second). */
@Service
public class RequestCalibration {

    static final int MIN_RESPONSES_FLOOR = 50;

    private final CalibrationRuns runs;
    private final Clock clock;

    RequestCalibration(CalibrationRuns runs, Clock clock) {
        this.runs = runs;
        this.clock = clock;
    }

    public UUID request(RunKind kind, Instant dataFrom, Instant dataTo, int minResponses, String requestedBy) {
        if (dataFrom == null || dataTo == null || !dataFrom.isBefore(dataTo)) {
            throw new PlumeProblemException("PSY-WINDOW", 400);
        }
        if (minResponses < MIN_RESPONSES_FLOOR) {
            throw new PlumeProblemException("PSY-MIN-RESPONSES", 400, MIN_RESPONSES_FLOOR);
        }
        Instant now = clock.instant();
        String version = (kind == RunKind.FIXED_ANCHOR ? "fa-" : "rc-") + versionStamp(now);
        return runs.queue(version, kind, dataFrom, dataTo, minResponses, requestedBy, now);
    }

    /** yyyy.MM.dd-HHmmss in UTC: a version name, not a date for people (those go through DateDisplay). */
    private static String versionStamp(Instant instant) {
        LocalDateTime t = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        return "%04d.%02d.%02d-%02d%02d%02d".formatted(t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
                t.getHour(), t.getMinute(), t.getSecond());
    }
}

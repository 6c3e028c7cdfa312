package fr.plume.tool.sync.domain;

import fr.plume.sync.job.SyncReport;
import java.util.Optional;

/**
 * What a finished job produced: its report, and for a framework push to a read-only site, the
 * tool_lpimportcsv file to import by hand.
 */
public record SyncOutcome(SyncReport report, Optional<byte[]> attachment) {
}

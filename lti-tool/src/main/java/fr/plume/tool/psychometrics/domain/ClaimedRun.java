package fr.plume.tool.psychometrics.domain;

import java.time.Instant;
import java.util.UUID;

/** A queued run this node claimed. */
public record ClaimedRun(UUID id, String version, RunKind kind, Instant dataFrom, Instant dataTo, int minResponses) {
}

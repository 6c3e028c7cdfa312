package fr.plume.tool.psychometrics.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A calibration run as recorded: what was asked (data window, settings), where it stands
 * (status, progress) and, once done, its convergence and population figures.
 */
public record StoredRun(UUID id, String version, RunKind kind, Instant dataFrom, Instant dataTo, int minResponses,
                        RunStatus status, int progress, String requestedBy, Instant requestedAt, Instant finishedAt,
                        Integer candidates, Integer responses, Integer iterations, Boolean converged,
                        Double populationMean, Double populationSd, Double linkingSlope, Double linkingIntercept,
                        String error, String promotedBy, Instant promotedAt) {
}

package fr.plume.tool.psychometrics.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The run records, which are also the queue of runs. */
public interface CalibrationRuns {

    UUID queue(String version, RunKind kind, Instant dataFrom, Instant dataTo, int minResponses, String requestedBy,
               Instant now);

    /** Claims queued runs for this node ({@code FOR UPDATE SKIP LOCKED}): no two nodes get the same run. */
    List<ClaimedRun> claimQueued(String node, Instant now, Instant leaseUntil, int limit);

    void progress(UUID runId, String node, int percent, Instant leaseUntil);

    /** Records the results and their item analysis (reports by item id; an item without one gets none). */
    void succeed(UUID runId, String node, CalibrationRun results, java.util.Map<String, ItemReport> reports,
                 int candidates, int responses, Instant now);

    void fail(UUID runId, String node, String error, Instant now);

    /** Runs whose node stopped renewing its lease are recorded as failed. */
    int failAbandoned(Instant now);

    List<StoredRun> latest(int limit);

    Optional<StoredRun> find(UUID runId);

    List<ItemEstimate> estimates(UUID runId);

    /** The run's items with their analysis, flagged items first. */
    List<AnalysedItem> analysedItems(UUID runId);

    /** SUCCEEDED → PROMOTED, once; false when the run was not promotable. */
    boolean markPromoted(UUID runId, String by, Instant now);
}

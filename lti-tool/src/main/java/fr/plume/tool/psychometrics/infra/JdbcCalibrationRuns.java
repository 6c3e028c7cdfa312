package fr.plume.tool.psychometrics.infra;

import fr.plume.tool.assessment.api.ItemCalibration.Status;
import fr.plume.tool.psychometrics.domain.AnalysedItem;
import fr.plume.tool.psychometrics.domain.CalibrationRun;
import fr.plume.tool.psychometrics.domain.CalibrationRuns;
import fr.plume.tool.psychometrics.domain.ClaimedRun;
import fr.plume.tool.psychometrics.domain.DistractorAnalysis;
import fr.plume.tool.psychometrics.domain.ItemEstimate;
import fr.plume.tool.psychometrics.domain.ItemParameter;
import fr.plume.tool.psychometrics.domain.ItemReport;
import fr.plume.tool.psychometrics.domain.RunKind;
import fr.plume.tool.psychometrics.domain.RunStatus;
import fr.plume.tool.psychometrics.domain.StoredRun;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Run records and queue, claimed like the sync runs with {@code FOR UPDATE SKIP LOCKED} and a lease. */
@Repository
class JdbcCalibrationRuns implements CalibrationRuns {

    private static final int MAX_SAME_SECOND_RUNS = 20;

    private final JdbcClient jdbc;

    JdbcCalibrationRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UUID queue(String version, RunKind kind, Instant dataFrom, Instant dataTo, int minResponses,
                      String requestedBy, Instant now) {
        UUID id = UUID.randomUUID();
        // two requests within the same second get the same name: the later one takes the next free suffix
        for (int attempt = 1; attempt <= MAX_SAME_SECOND_RUNS; attempt++) {
            String candidate = attempt == 1 ? version : version + "-" + attempt;
            int inserted = jdbc.sql("""
                    INSERT INTO psychometrics_run (id, version, kind, data_from, data_to, min_responses, status,
                        requested_by, requested_at)
                    VALUES (:id, :version, :kind, :from, :to, :min, 'QUEUED', :by, :now)
                    ON CONFLICT (version) DO NOTHING""")
                    .param("id", id).param("version", candidate).param("kind", kind.name())
                    .param("from", Timestamp.from(dataFrom)).param("to", Timestamp.from(dataTo))
                    .param("min", minResponses).param("by", requestedBy).param("now", Timestamp.from(now))
                    .update();
            if (inserted == 1) {
                return id;
            }
        }
        throw new PlumeProblemException("PSY-BUSY", 409);
    }

    @Override
    public List<ClaimedRun> claimQueued(String node, Instant now, Instant leaseUntil, int limit) {
        return jdbc.sql("""
                UPDATE psychometrics_run SET status = 'RUNNING', node_id = :node, started_at = :now,
                    lease_until = :leaseUntil, progress = 0
                WHERE id IN (SELECT id FROM psychometrics_run WHERE status = 'QUEUED' ORDER BY requested_at
                             LIMIT :limit FOR UPDATE SKIP LOCKED)
                AND status = 'QUEUED'
                RETURNING id, version, kind, data_from, data_to, min_responses""")
                .param("node", node).param("now", Timestamp.from(now)).param("leaseUntil", Timestamp.from(leaseUntil))
                .param("limit", limit)
                .query((rs, row) -> new ClaimedRun(rs.getObject("id", UUID.class), rs.getString("version"),
                        RunKind.valueOf(rs.getString("kind")), rs.getTimestamp("data_from").toInstant(),
                        rs.getTimestamp("data_to").toInstant(), rs.getInt("min_responses")))
                .list();
    }

    @Override
    public void progress(UUID runId, String node, int percent, Instant leaseUntil) {
        jdbc.sql("""
                UPDATE psychometrics_run SET progress = :percent, lease_until = :leaseUntil
                WHERE id = :id AND node_id = :node AND status = 'RUNNING'""")
                .param("percent", percent).param("leaseUntil", Timestamp.from(leaseUntil)).param("id", runId)
                .param("node", node).update();
    }

    @Override
    @Transactional
    public void succeed(UUID runId, String node, CalibrationRun results, Map<String, ItemReport> reports,
                        int candidates, int responses, Instant now) {
        int updated = jdbc.sql("""
                UPDATE psychometrics_run SET status = 'SUCCEEDED', progress = 100, finished_at = :now,
                    lease_until = NULL, candidates = :candidates, responses = :responses, iterations = :iterations,
                    converged = :converged, population_mean = :mean, population_sd = :sd,
                    linking_slope = :slope, linking_intercept = :intercept
                WHERE id = :id AND node_id = :node AND status = 'RUNNING'""")
                .param("now", Timestamp.from(now)).param("candidates", candidates).param("responses", responses)
                .param("iterations", results.iterations()).param("converged", results.converged())
                .param("mean", results.populationMean()).param("sd", results.populationSd())
                .param("slope", results.linking().slope()).param("intercept", results.linking().intercept())
                .param("id", runId).param("node", node)
                .update();
        if (updated == 0) {
            return; // the lease expired and the run was recorded as failed: its results are not kept
        }
        for (ItemEstimate item : results.items()) {
            ItemReport report = reports.get(item.itemId());
            jdbc.sql("""
                    INSERT INTO psychometrics_item_estimate (run_id, item_id, status, a, b, se_a, se_b, response_count,
                        p_value, point_biserial, fit_chi_square, fit_df, fit_p, flags, option_key, option_counts,
                        option_mean_theta, option_point_biserial)
                    VALUES (:run, :item, :status, :a, :b, :seA, :seB, :n, :p, :rpb, :chi, :df, :fitP, :flags, :key,
                        :counts, :meanTheta, :optionRpb)""")
                    .param("run", runId).param("item", item.itemId()).param("status", item.status().name())
                    .param("a", finite(item.parameter().a())).param("b", finite(item.parameter().b()))
                    .param("seA", finite(item.parameter().seA())).param("seB", finite(item.parameter().seB()))
                    .param("n", item.responseCount())
                    .param("p", report == null ? null : finite(report.pValue()))
                    .param("rpb", report == null ? null : finite(report.pointBiserial()))
                    .param("chi", report == null ? null : finite(report.fit().chiSquare()))
                    .param("df", report == null ? null : report.fit().degreesOfFreedom())
                    .param("fitP", report == null ? null : finite(report.fit().pValue()))
                    .param("flags", report == null ? new String[0]
                            : report.flags().stream().map(flag -> flag.rule().code()).distinct().toArray(String[]::new))
                    .param("key", options(report).stream().filter(DistractorAnalysis.Option::key)
                            .map(DistractorAnalysis.Option::option).findFirst().orElse(null))
                    .param("counts", options(report).isEmpty() ? null
                            : options(report).stream().map(DistractorAnalysis.Option::count).toArray(Integer[]::new))
                    .param("meanTheta", options(report).isEmpty() ? null
                            : options(report).stream().map(o -> finite(o.meanTheta())).toArray(Double[]::new))
                    .param("optionRpb", options(report).isEmpty() ? null
                            : options(report).stream().map(o -> finite(o.pointBiserial())).toArray(Double[]::new))
                    .update();
        }
    }

    @Override
    public void fail(UUID runId, String node, String error, Instant now) {
        jdbc.sql("""
                UPDATE psychometrics_run SET status = 'FAILED', finished_at = :now, lease_until = NULL, error = :error
                WHERE id = :id AND node_id = :node AND status = 'RUNNING'""")
                .param("now", Timestamp.from(now)).param("error", error).param("id", runId).param("node", node)
                .update();
    }

    @Override
    public int failAbandoned(Instant now) {
        return jdbc.sql("""
                UPDATE psychometrics_run SET status = 'FAILED', finished_at = :now, lease_until = NULL,
                    error = 'node-stopped'
                WHERE status = 'RUNNING' AND lease_until < :now""")
                .param("now", Timestamp.from(now)).update();
    }

    @Override
    public List<StoredRun> latest(int limit) {
        return jdbc.sql("SELECT * FROM psychometrics_run ORDER BY requested_at DESC LIMIT :limit")
                .param("limit", limit).query((rs, row) -> run(rs)).list();
    }

    @Override
    public Optional<StoredRun> find(UUID runId) {
        return jdbc.sql("SELECT * FROM psychometrics_run WHERE id = :id").param("id", runId)
                .query((rs, row) -> run(rs)).optional();
    }

    @Override
    public List<ItemEstimate> estimates(UUID runId) {
        return jdbc.sql("SELECT * FROM psychometrics_item_estimate WHERE run_id = :id ORDER BY item_id")
                .param("id", runId)
                .query((rs, row) -> estimate(rs))
                .list();
    }

    @Override
    public List<AnalysedItem> analysedItems(UUID runId) {
        return jdbc.sql("""
                SELECT * FROM psychometrics_item_estimate WHERE run_id = :id
                 ORDER BY cardinality(flags) = 0, item_id""")
                .param("id", runId)
                .query((rs, row) -> new AnalysedItem(estimate(rs), number(rs, "p_value"), number(rs, "point_biserial"),
                        number(rs, "fit_chi_square"), rs.getInt("fit_df"), number(rs, "fit_p"),
                        List.of((String[]) rs.getArray("flags").getArray()), options(rs)))
                .list();
    }

    private static List<DistractorAnalysis.Option> options(ItemReport report) {
        return report == null ? List.of() : report.distractors();
    }

    private static List<DistractorAnalysis.Option> options(ResultSet rs) throws SQLException {
        java.sql.Array counts = rs.getArray("option_counts");
        if (counts == null) {
            return List.of();
        }
        Integer[] count = (Integer[]) counts.getArray();
        Double[] meanTheta = (Double[]) rs.getArray("option_mean_theta").getArray();
        Double[] pointBiserial = (Double[]) rs.getArray("option_point_biserial").getArray();
        int key = rs.getInt("option_key");
        int total = java.util.Arrays.stream(count).mapToInt(Integer::intValue).sum();
        List<DistractorAnalysis.Option> options = new java.util.ArrayList<>();
        for (int o = 0; o < count.length; o++) {
            options.add(new DistractorAnalysis.Option(o, o == key, count[o],
                    total == 0 ? Double.NaN : (double) count[o] / total, nan(meanTheta[o]), nan(pointBiserial[o])));
        }
        return options;
    }

    private static double nan(Double value) {
        return value == null ? Double.NaN : value;
    }

    @Override
    public boolean markPromoted(UUID runId, String by, Instant now) {
        return jdbc.sql("""
                UPDATE psychometrics_run SET status = 'PROMOTED', promoted_by = :by, promoted_at = :now
                WHERE id = :id AND status = 'SUCCEEDED'""")
                .param("by", by).param("now", Timestamp.from(now)).param("id", runId).update() == 1;
    }

    private static ItemEstimate estimate(ResultSet rs) throws SQLException {
        return new ItemEstimate(new ItemParameter(rs.getString("item_id"), number(rs, "a"), number(rs, "b"),
                number(rs, "se_a"), number(rs, "se_b")), Status.valueOf(rs.getString("status")),
                rs.getInt("response_count"));
    }

    private static StoredRun run(ResultSet rs) throws SQLException {
        return new StoredRun(rs.getObject("id", UUID.class), rs.getString("version"),
                RunKind.valueOf(rs.getString("kind")), instant(rs, "data_from"), instant(rs, "data_to"),
                rs.getInt("min_responses"), RunStatus.valueOf(rs.getString("status")), rs.getInt("progress"),
                rs.getString("requested_by"), instant(rs, "requested_at"), instant(rs, "finished_at"),
                rs.getObject("candidates", Integer.class), rs.getObject("responses", Integer.class),
                rs.getObject("iterations", Integer.class), rs.getObject("converged", Boolean.class),
                rs.getObject("population_mean", Double.class), rs.getObject("population_sd", Double.class),
                rs.getObject("linking_slope", Double.class), rs.getObject("linking_intercept", Double.class),
                rs.getString("error"), rs.getString("promoted_by"), instant(rs, "promoted_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static double number(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : value;
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}

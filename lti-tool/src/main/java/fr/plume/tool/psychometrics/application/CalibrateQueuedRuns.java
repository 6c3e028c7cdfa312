package fr.plume.tool.psychometrics.application;

import fr.plume.framework.content.AnswerSpec;
import fr.plume.tool.assessment.api.ItemCalibration;
import fr.plume.tool.assessment.api.ScoredResponses;
import fr.plume.tool.itembank.api.ItemCatalog;
import fr.plume.tool.itembank.api.PublishedItem;
import fr.plume.tool.psychometrics.domain.AbilityScoring;
import fr.plume.tool.psychometrics.domain.Calibration;
import fr.plume.tool.psychometrics.domain.CalibrationRun;
import fr.plume.tool.psychometrics.domain.CalibrationRuns;
import fr.plume.tool.psychometrics.domain.ClaimedRun;
import fr.plume.tool.psychometrics.domain.ItemAnalysis;
import fr.plume.tool.psychometrics.domain.ItemParameter;
import fr.plume.tool.psychometrics.domain.ItemReport;
import fr.plume.tool.psychometrics.domain.LatentGrid;
import fr.plume.tool.psychometrics.domain.PsychometricsSettings;
import fr.plume.tool.psychometrics.domain.ResponseTable;
import fr.plume.tool.psychometrics.domain.RunKind;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Runs the queued calibrations this node claims (one at a time: a run takes two cores for
 * seconds to minutes), recording progress on the run so the page can show it. Results are stored
 * as the run's parameter version; delivery does not see them until a psychometrician promotes it.
 */
@Service
public class CalibrateQueuedRuns {

    private static final Logger LOG = LoggerFactory.getLogger(CalibrateQueuedRuns.class);

    private final CalibrationRuns runs;
    private final ScoredResponses responses;
    private final ItemCatalog catalog;
    private final Calibration calibration;
    private final PsychometricsSettings settings;
    private final Clock clock;

    CalibrateQueuedRuns(CalibrationRuns runs, ScoredResponses responses, ItemCatalog catalog, ItemCalibration engine,
                        PsychometricsSettings settings, Clock clock) {
        this.runs = runs;
        this.responses = responses;
        this.catalog = catalog;
        this.calibration = new Calibration(engine);
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${plume.psychometrics.initial-delay:PT30S}",
            fixedDelayString = "${plume.psychometrics.poll-interval:PT30S}")
    public void poll() {
        runNext();
    }

    /** Claims and runs at most one queued run; false when there was none. */
    public boolean runNext() {
        runs.failAbandoned(clock.instant());
        List<ClaimedRun> claimed = runs.claimQueued(settings.nodeId(), clock.instant(), leaseUntil(), 1);
        claimed.forEach(this::execute);
        return !claimed.isEmpty();
    }

    private void execute(ClaimedRun run) {
        try {
            Data data = load(run);
            runs.progress(run.id(), settings.nodeId(), 30, leaseUntil());
            CalibrationRun results = run.kind() == RunKind.FIXED_ANCHOR
                    ? calibration.fixedAnchor(data.table(), data.operational(), run.minResponses(), run.version())
                    : calibration.recalibration(data.table(), data.operational(), run.minResponses(), run.version());
            runs.progress(run.id(), settings.nodeId(), 70, leaseUntil());
            Map<String, ItemReport> reports = analyse(data, results);
            runs.progress(run.id(), settings.nodeId(), 90, leaseUntil());
            runs.succeed(run.id(), settings.nodeId(), results, reports, data.table().personCount(),
                    data.table().responseCount(), clock.instant());
        } catch (RuntimeException e) {
            LOG.warn("calibration run {} failed: {}", run.id(), e.toString());
            runs.fail(run.id(), settings.nodeId(), failure(e), clock.instant());
        }
    }

    /**
     * Item analysis under the run's own parameters: θ̂ and fit come from the new version, drift is
     * measured against the parameters in delivery.
     */
    private static Map<String, ItemReport> analyse(Data data, CalibrationRun results) {
        Map<String, ItemParameter> estimates = new HashMap<>();
        results.items().stream().filter(item -> item.status() != ItemCalibration.Status.REFUSED_TOO_FEW_RESPONSES)
                .forEach(item -> estimates.put(item.itemId(), item.parameter()));
        AbilityScoring scoring = new AbilityScoring(data.table(), estimates,
                LatentGrid.normal(results.populationMean(), results.populationSd()));
        Map<String, ItemReport> reports = new HashMap<>();
        ItemAnalysis.analyse(scoring, estimates, data.operational(), data.choices())
                .forEach(report -> reports.put(report.itemId(), report));
        return reports;
    }

    private record Data(ResponseTable table, Map<String, ItemParameter> operational,
                        Map<String, ItemAnalysis.Choices> choices) {
    }

    private Data load(ClaimedRun run) {
        List<ScoredResponses.ScoredResponse> answers = new ArrayList<>();
        responses.forEach(run.dataFrom(), run.dataTo(), answers::add);
        Map<String, ItemParameter> operational = new HashMap<>();
        Map<String, AnswerSpec.SingleChoice> singleChoices = new HashMap<>();
        for (PublishedItem item : catalog.published()) {
            String id = item.item().id().toString();
            if (!item.pretest()) { // items in pretest are estimated, never held: their prior is not a measurement
                operational.put(id, ItemParameter.fixed(id, item.a(), item.b()));
            }
            if (item.item().answer() instanceof AnswerSpec.SingleChoice choice) {
                singleChoices.put(id, choice);
            }
        }
        Set<String> ids = new LinkedHashSet<>();
        answers.forEach(answer -> ids.add(answer.itemId()));
        ResponseTable.Builder builder = ResponseTable.builder(List.copyOf(ids));
        Map<String, Map<Integer, Integer>> chosen = new HashMap<>();
        UUID current = null;
        int response = 0;
        for (ScoredResponses.ScoredResponse answer : answers) {
            if (!answer.attemptId().equals(current)) {
                builder.nextPerson();
                current = answer.attemptId();
            }
            builder.add(answer.itemId(), answer.correct());
            if (answer.chosenOption() != ScoredResponses.ScoredResponse.NO_OPTION
                    && singleChoices.containsKey(answer.itemId())) {
                chosen.computeIfAbsent(answer.itemId(), id -> new HashMap<>()).put(response, answer.chosenOption());
            }
            response++;
        }
        Map<String, ItemAnalysis.Choices> choices = new HashMap<>();
        chosen.forEach((id, byResponse) -> choices.put(id, new ItemAnalysis.Choices(
                singleChoices.get(id).options().size(), singleChoices.get(id).correct(), byResponse)));
        return new Data(builder.build(), operational, choices);
    }

    private java.time.Instant leaseUntil() {
        return clock.instant().plus(settings.lease());
    }

    /** A short, non-personal reason for the page (the exception's type and message: no data values). */
    private static String failure(RuntimeException e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        String text = e.getClass().getSimpleName() + message;
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}

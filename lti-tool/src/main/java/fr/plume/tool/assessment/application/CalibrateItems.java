package fr.plume.tool.assessment.application;

import fr.plume.tool.assessment.api.ItemCalibration;
import fr.plume.tool.assessment.engine.calibration.AnchorParameters;
import fr.plume.tool.assessment.engine.calibration.CalibrationResult;
import fr.plume.tool.assessment.engine.calibration.CalibrationSettings;
import fr.plume.tool.assessment.engine.calibration.MarginalMaximumLikelihoodCalibrator;
import fr.plume.tool.assessment.engine.calibration.ResponseMatrix;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Runs the engine's calibrator for another module (psychometrics), on the engine's default settings. */
@Component
public class CalibrateItems implements ItemCalibration {

    /** Calibration runs in a background job: two threads leave the node's other cores to delivery. */
    private static final int THREADS = 2;

    @Override
    public Outcome calibrate(Request request) {
        CalibrationSettings settings = CalibrationSettings.defaults().withThreads(THREADS)
                .withMinResponses(request.minResponses());
        Map<String, AnchorParameters> anchors = new HashMap<>();
        request.anchors().forEach((id, anchor) -> anchors.put(id, new AnchorParameters(anchor.a(), anchor.b())));
        CalibrationResult result = new MarginalMaximumLikelihoodCalibrator(settings)
                .calibrate(matrix(request.responses()), anchors, request.version());
        return new Outcome(result.parameterSetVersion(), result.items().stream()
                .map(item -> new Item(item.itemId(), item.a(), item.b(), Status.valueOf(item.status().name()),
                        item.statistics().responseCount()))
                .toList(), result.iterations(), result.converged(), result.populationMean(), result.populationSd());
    }

    private static ResponseMatrix matrix(Responses responses) {
        ResponseMatrix.Builder builder = ResponseMatrix.builder(responses.itemIds());
        for (int p = 0; p < responses.personCount(); p++) {
            for (int r = responses.personStarts()[p]; r < responses.personStarts()[p + 1]; r++) {
                builder.add(p, responses.items()[r], responses.scores()[r] != 0);
            }
        }
        return builder.build();
    }
}

package fr.plume.tool.psychometrics.application;

import fr.plume.tool.assessment.api.ItemCalibration.Status;
import fr.plume.tool.itembank.api.ParameterVersions;
import fr.plume.tool.psychometrics.domain.CalibrationRuns;
import fr.plume.tool.psychometrics.domain.ItemEstimate;
import fr.plume.tool.psychometrics.domain.StoredRun;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a run's estimated parameters into delivery: they become the items' latest parameter
 * version. Anchors and refused items keep the parameters they had. A run is promoted once.
 */
@Service
public class PromoteParameterVersion {

    private final CalibrationRuns runs;
    private final ParameterVersions versions;
    private final Clock clock;

    PromoteParameterVersion(CalibrationRuns runs, ParameterVersions versions, Clock clock) {
        this.runs = runs;
        this.versions = versions;
        this.clock = clock;
    }

    /** @return the number of items whose parameters changed */
    @Transactional
    public int promote(UUID runId, String promotedBy) {
        StoredRun run = runs.find(runId).orElseThrow(() -> new PlumeProblemException("PLUME-NOT-FOUND", 404));
        if (!runs.markPromoted(runId, promotedBy, clock.instant())) {
            throw new PlumeProblemException("PSY-NOT-PROMOTABLE", 409);
        }
        List<ParameterVersions.CalibratedParameters> estimated = runs.estimates(runId).stream()
                .filter(item -> item.status() == Status.ESTIMATED && item.parameter().known())
                .map(PromoteParameterVersion::parameters)
                .toList();
        versions.add(run.version(), estimated);
        return estimated.size();
    }

    private static ParameterVersions.CalibratedParameters parameters(ItemEstimate item) {
        return new ParameterVersions.CalibratedParameters(UUID.fromString(item.itemId()), item.parameter().a(),
                item.parameter().b());
    }
}

package fr.plume.tool.psychometrics.application;

import fr.plume.tool.assessment.api.ItemCalibration.Status;
import fr.plume.tool.itembank.api.ItemCatalog;
import fr.plume.tool.itembank.api.ParameterVersions;
import fr.plume.tool.itembank.api.PublishedItem;
import fr.plume.tool.psychometrics.domain.CalibrationRuns;
import fr.plume.tool.psychometrics.domain.ItemEstimate;
import fr.plume.tool.psychometrics.domain.RunStatus;
import fr.plume.tool.psychometrics.domain.StoredRun;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes one pretest item operational with its estimate from a finished run: the estimate becomes
 * its latest parameter version, so the engine chooses and scores it from then on and seeding stops.
 * Only an item still in pretest, estimated (not refused) by a run that succeeded.
 */
@Service
public class PromotePretestItem {

    private static final Logger LOG = LoggerFactory.getLogger(PromotePretestItem.class);

    private final CalibrationRuns runs;
    private final ItemCatalog catalog;
    private final ParameterVersions versions;

    PromotePretestItem(CalibrationRuns runs, ItemCatalog catalog, ParameterVersions versions) {
        this.runs = runs;
        this.catalog = catalog;
        this.versions = versions;
    }

    @Transactional
    public void promote(UUID runId, UUID itemId, String by) {
        StoredRun run = runs.find(runId).orElseThrow(() -> new PlumeProblemException("PLUME-NOT-FOUND", 404));
        boolean inPretest = catalog.published().stream()
                .anyMatch(item -> item.item().id().equals(itemId) && item.pretest());
        if (run.status() != RunStatus.SUCCEEDED || !inPretest) {
            throw new PlumeProblemException("PSY-NOT-PROMOTABLE", 409);
        }
        ItemEstimate estimate = runs.estimates(runId).stream()
                .filter(item -> item.itemId().equals(itemId.toString()))
                .filter(item -> item.status() == Status.ESTIMATED && item.parameter().known())
                .findFirst().orElseThrow(() -> new PlumeProblemException("PSY-NOT-PROMOTABLE", 409));
        versions.add(run.version(), List.of(new ParameterVersions.CalibratedParameters(itemId,
                estimate.parameter().a(), estimate.parameter().b())));
        LOG.info("event=psychometrics.pretest-promoted item={} version={}", itemId, run.version());
    }

    /** The published items in pretest now. */
    public List<PublishedItem> pretestItems() {
        return catalog.published().stream().filter(PublishedItem::pretest).toList();
    }
}

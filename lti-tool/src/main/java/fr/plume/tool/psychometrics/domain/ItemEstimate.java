package fr.plume.tool.psychometrics.domain;

import fr.plume.tool.assessment.api.ItemCalibration.Status;

/** One item's result in a calibration run, on the current scale. */
public record ItemEstimate(ItemParameter parameter, Status status, int responseCount) {

    public String itemId() {
        return parameter.itemId();
    }
}

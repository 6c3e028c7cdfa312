package fr.plume.tool.itembank.api;

import java.util.List;
import java.util.UUID;

/**
 * Adds a calibrated parameter version to the bank: from then on delivery uses it for these items
 * (the latest version of an item is in force). Versions are added, never rewritten.
 */
public interface ParameterVersions {

    record CalibratedParameters(UUID itemId, double a, double b) {
    }

    void add(String version, List<CalibratedParameters> parameters);
}

package fr.plume.tool.assessment.domain;

import fr.plume.tool.assessment.engine.cat.ExposureControl;
import java.util.Optional;

/**
 * Exposure-control parameters computed for one bank and blueprint, shared by every node
 * (consortium-wide, like the bank). The first stored value for a key wins: a node that computed
 * the same key later reads and uses the stored one, so no two nodes ever apply different values.
 */
public interface ExposureControlStore {

    /** @param key the bank fingerprint, blueprint and calibration settings ({@code ExposureControls#key}) */
    Optional<ExposureControl> find(String key);

    /** Stores the value unless one is already stored for the key (then leaves it as it is). */
    void saveIfAbsent(String key, ExposureControl control);
}

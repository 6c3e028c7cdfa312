package fr.plume.tool.framework.api;

import fr.plume.framework.model.Framework;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Read access to the stored framework versions for the other modules. */
public interface Frameworks {

    /** The newest imported version (by import time), the one assessments use by default. */
    Optional<StoredFramework> current();

    Optional<StoredFramework> find(UUID versionId);

    List<FrameworkSummary> list();

    record StoredFramework(UUID versionId, Framework framework) {
    }

    record FrameworkSummary(UUID versionId, UUID idnumber, String code, String version, String titleFr,
            String sourceFormat, java.time.Instant importedAt, int competencyCount) {
    }
}

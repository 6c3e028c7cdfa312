package fr.plume.tool.framework.domain;

import fr.plume.framework.format.FrameworkFormat;
import fr.plume.framework.model.Framework;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The stored framework versions, as the import needs them. */
public interface FrameworkVersions {

    /** The version already stored under this framework idnumber and version number, if any. */
    Optional<StoredVersion> findVersion(UUID idnumber, String version);

    void insert(NewVersion version);

    record StoredVersion(UUID versionId, FrameworkFingerprint fingerprint) {
    }

    /**
     * @param casePackage the framework as a CASE JSON package, the form it is stored in
     */
    record NewVersion(UUID versionId, Framework framework, FrameworkFormat sourceFormat, byte[] casePackage,
            FrameworkFingerprint fingerprint, Instant importedAt, String importedBy) {
    }
}

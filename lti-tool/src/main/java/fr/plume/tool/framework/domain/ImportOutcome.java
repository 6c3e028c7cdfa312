package fr.plume.tool.framework.domain;

import java.util.UUID;

/** What an accepted import did: stored a new version, or found the very same one already there. */
public record ImportOutcome(UUID versionId, String code, String version, boolean created, int competencyCount)
        implements java.io.Serializable {
}

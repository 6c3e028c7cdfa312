package fr.plume.tool.itembank.domain;

import fr.plume.framework.content.OpenModule;
import java.time.Instant;

/**
 * One version of an open module.
 *
 * @param changedAt when it was published or retired, null before (the OAI-PMH datestamp)
 */
public record ModuleVersion(OpenModule module, String author, String reviewer, Instant updatedAt, Instant changedAt) {
}

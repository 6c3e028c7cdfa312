package fr.plume.sync.job;

import java.util.Optional;

/**
 * @param moodleCsv the tool_lpimportcsv file, produced instead of writing when the site's
 *                  service allows no write function (Site administration › Competencies ›
 *                  Import competency framework)
 */
public record FrameworkPushResult(SyncReport report, Optional<byte[]> moodleCsv) {
}

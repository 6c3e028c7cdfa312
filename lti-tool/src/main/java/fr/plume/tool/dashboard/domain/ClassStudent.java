package fr.plume.tool.dashboard.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One student of the class, from the platform's roster, the tool's launches, or both.
 *
 * @param key         stable in the page: Plume's user id when known, else the platform subject
 * @param userId      null for a roster member who never launched the tool
 * @param displayName null when neither the platform nor the launches gave a name
 * @param inRoster    listed by the platform's NRPS roster
 * @param statuses    per placed activity (resource link id)
 * @param levels      per competency code, the latest level reported
 * @param globalLevel the latest overall level (any mode), null when none
 */
public record ClassStudent(String key, UUID userId, String displayName, String subject, List<String> groups,
        boolean inRoster, Map<UUID, ActivityStatus> statuses, Instant lastActivity, Map<String, LevelCell> levels,
        Integer globalLevel, Map<String, Integer> levelByMode) {

    public ClassStudent {
        groups = List.copyOf(groups);
        statuses = Map.copyOf(statuses);
        levels = Map.copyOf(levels);
        levelByMode = Map.copyOf(levelByMode);
    }

    public ActivityStatus status(UUID activity) {
        return statuses.getOrDefault(activity, ActivityStatus.NOT_STARTED);
    }

    public LevelCell level(String competency) {
        return levels.get(competency);
    }

    public Integer levelIn(String mode) {
        return levelByMode.get(mode);
    }
}

package fr.plume.tool.sync.application;

import fr.plume.sync.catalogue.CompetencyRating.RatingOrigin;
import fr.plume.tool.lti.api.LaunchContext;
import fr.plume.tool.lti.api.LaunchDirectory.PlatformContext;
import fr.plume.tool.lti.api.LaunchDirectory;
import fr.plume.tool.shared.domain.PlumeProblemException;
import fr.plume.tool.sync.domain.RatingPreference;
import fr.plume.tool.sync.domain.RatingPreferences;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * A course team turns pushing competency ratings to their Moodle course on or off and chooses
 * which results count. Only a teacher launched from that very course, within its member, may.
 */
@Service
public class ChooseCourseRatings {

    private final RatingPreferences preferences;
    private final LaunchDirectory directory;
    private final Clock clock;

    ChooseCourseRatings(RatingPreferences preferences, LaunchDirectory directory, Clock clock) {
        this.preferences = preferences;
        this.directory = directory;
        this.clock = clock;
    }

    public record CourseChoice(PlatformContext course, RatingPreference preference) {
    }

    public CourseChoice current(LaunchContext launch, UUID contextId) {
        PlatformContext course = teachersCourse(launch, contextId);
        return new CourseChoice(course, preferences.find(launch.memberId(), contextId)
                .orElse(RatingPreference.off(contextId)));
    }

    public RatingPreference choose(LaunchContext launch, UUID contextId, boolean enabled, Set<RatingOrigin> origins) {
        teachersCourse(launch, contextId);
        if (enabled && origins.isEmpty()) {
            throw new PlumeProblemException("SYNC-RATINGS-ORIGINS", 422);
        }
        RatingPreference preference = new RatingPreference(contextId, enabled, origins);
        preferences.save(launch.memberId(), preference, launch.userId(), clock.instant());
        return preference;
    }

    private PlatformContext teachersCourse(LaunchContext launch, UUID contextId) {
        if (!launch.teaches() || !contextId.equals(launch.contextId())) {
            throw new PlumeProblemException("LTI-ROLE-FORBIDDEN", 403);
        }
        return directory.context(launch.memberId(), contextId)
                .orElseThrow(() -> new PlumeProblemException("LTI-ROLE-FORBIDDEN", 403));
    }
}

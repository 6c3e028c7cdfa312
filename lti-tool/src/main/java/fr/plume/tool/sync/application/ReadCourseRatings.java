package fr.plume.tool.sync.application;

import fr.plume.framework.model.Competency;
import fr.plume.sync.catalogue.CompetencyRating.RatingOrigin;
import fr.plume.sync.catalogue.CompetencyRating;
import fr.plume.sync.catalogue.CompetencyRatingSource;
import fr.plume.tool.assessment.api.CompetencyResults;
import fr.plume.tool.assessment.api.LatestLevel;
import fr.plume.tool.assessment.api.ResultMode;
import fr.plume.tool.framework.api.Frameworks;
import fr.plume.tool.lti.api.LaunchDirectory.PlatformContext;
import fr.plume.tool.lti.api.LaunchDirectory;
import fr.plume.tool.sync.domain.RatingPreference;
import fr.plume.tool.sync.domain.RatingPreferences;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * moodle-sync's rating source for one member's Moodle: the latest levels of the students of the
 * courses whose teams turned pushing on, only from the origins each team chose, with Moodle's own
 * ids (course id = the LTI context id, user id = the LTI {@code sub}) and the competencies'
 * idnumbers from the current framework. Courses of other platforms of the member are left out.
 */
@Service
public class ReadCourseRatings {

    private final RatingPreferences preferences;
    private final LaunchDirectory directory;
    private final CompetencyResults results;
    private final Frameworks frameworks;

    ReadCourseRatings(RatingPreferences preferences, LaunchDirectory directory, CompetencyResults results,
            Frameworks frameworks) {
        this.preferences = preferences;
        this.directory = directory;
        this.results = results;
        this.frameworks = frameworks;
    }

    /** @param issuer the LTI issuer the site's launches carry (Moodle: its wwwroot) */
    public CompetencyRatingSource forSite(UUID memberId, String issuer) {
        String platform = withoutTrailingSlash(issuer);
        return new CompetencyRatingSource() {
            @Override
            public List<CompetencyRating> latestRatings(String siteName, Set<RatingOrigin> origins) {
                Map<String, UUID> idnumbers = idnumbersByCode();
                List<CompetencyRating> ratings = new ArrayList<>();
                for (OptedInCourse course : optedInCourses(memberId, platform)) {
                    Set<ResultMode> modes = EnumSet.noneOf(ResultMode.class);
                    origins.stream().filter(course.preference()::pushes).forEach(o -> modes.add(mode(o)));
                    List<LatestLevel> levels = results.latestFor(memberId, course.context().contextId(), modes);
                    Map<UUID, String> subjects = directory.subjects(memberId, course.context().issuer(),
                            levels.stream().map(LatestLevel::userId).distinct().toList());
                    for (LatestLevel level : levels) {
                        OptionalLong moodleUser = moodleId(subjects.get(level.userId()));
                        UUID idnumber = idnumbers.get(level.competencyCode());
                        if (moodleUser.isEmpty() || idnumber == null) {
                            continue;
                        }
                        ratings.add(new CompetencyRating(course.courseId(), moodleUser.getAsLong(), idnumber,
                                level.competencyCode(), level.level(), origin(level.mode()), level.completedAt()));
                    }
                }
                return ratings;
            }

            @Override
            public boolean courseOptedIn(String siteName, long courseId) {
                return optedInCourses(memberId, platform).stream().anyMatch(c -> c.courseId() == courseId);
            }
        };
    }

    private record OptedInCourse(PlatformContext context, long courseId, RatingPreference preference) {
    }

    private List<OptedInCourse> optedInCourses(UUID memberId, String platform) {
        List<OptedInCourse> courses = new ArrayList<>();
        for (RatingPreference p : preferences.enabled(memberId)) {
            Optional<PlatformContext> context = directory.context(memberId, p.contextId())
                    .filter(c -> withoutTrailingSlash(c.issuer()).equals(platform));
            if (context.isEmpty()) {
                continue;
            }
            OptionalLong courseId = moodleId(context.get().platformContextId());
            courseId.ifPresent(id -> courses.add(new OptedInCourse(context.get(), id, p)));
        }
        return courses;
    }

    private Map<String, UUID> idnumbersByCode() {
        Map<String, UUID> byCode = new HashMap<>();
        frameworks.current().ifPresent(f -> {
            for (Competency c : f.framework().allCompetencies()) {
                byCode.put(c.code(), c.idnumber());
            }
        });
        return byCode;
    }

    /** Moodle's ids are positive integers; anything else is not a Moodle course or user. */
    static OptionalLong moodleId(String platformId) {
        if (platformId == null || !platformId.matches("[1-9][0-9]{0,17}")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(platformId));
    }

    static String withoutTrailingSlash(String url) {
        String s = url == null ? "" : url.strip();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static ResultMode mode(RatingOrigin origin) {
        return origin == RatingOrigin.CERTIFICATION ? ResultMode.CERTIFICATION : ResultMode.DIAGNOSTIC;
    }

    private static RatingOrigin origin(ResultMode mode) {
        return mode == ResultMode.CERTIFICATION ? RatingOrigin.CERTIFICATION : RatingOrigin.DIAGNOSTIC;
    }
}

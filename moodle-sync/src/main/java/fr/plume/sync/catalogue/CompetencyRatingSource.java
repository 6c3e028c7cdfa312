package fr.plume.sync.catalogue;

import java.util.List;
import java.util.Set;

/** Port to the ratings the tool produced (published certifications, diagnostics) and to course opt-ins. */
public interface CompetencyRatingSource {

    /** Latest rating per (course, user, competency) for this site, of the given origins. */
    List<CompetencyRating> latestRatings(String siteName, Set<CompetencyRating.RatingOrigin> origins);

    /** Whether the course's teachers turned on pushing ratings to Moodle. */
    boolean courseOptedIn(String siteName, long courseId);
}

package fr.plume.sync.catalogue;

import java.time.Instant;
import java.util.UUID;

/**
 * A student's level on one competency, to be reflected in a Moodle course.
 *
 * @param moodleUserId the student's id in that Moodle (from the LTI launch / NRPS)
 * @param level        Plume level 1–6
 */
public record CompetencyRating(long courseId, long moodleUserId, UUID competencyIdnumber, String competencyCode,
                               int level, RatingOrigin origin, Instant ratedAt) {

    public enum RatingOrigin { CERTIFICATION, DIAGNOSTIC }
}

package fr.plume.sync.catalogue;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Port remembering which grade was last pushed per (site, course, user, competency): each
 * core_competency_grade_competency_in_course call adds evidence in Moodle, so the same grade
 * must not be sent twice.
 */
public interface RatingLedger {

    Optional<Integer> lastPushedGrade(String siteName, long courseId, long userId, UUID competency);

    void recordPushed(String siteName, long courseId, long userId, UUID competency, int grade, Instant at);

    default void commit() {
    }
}

package fr.plume.tool.demo.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Gradebook columns of the demo course. */
public interface LineItems {

    LineItem insert(String courseId, String label, BigDecimal scoreMaximum, String resourceId, String tag,
            Long activityId, boolean coupled);

    /** Filters as Moodle's get_lineitems: each given (non-null) filter must match exactly. */
    List<LineItem> inCourse(String courseId, String resourceId, Long activityId, String tag);

    Optional<LineItem> find(String courseId, long id);

    /** Locks the column so concurrent scores for it are judged one after the other. */
    Optional<LineItem> lock(String courseId, long id);
}

package fr.plume.tool.demo.domain;

import java.math.BigDecimal;

/**
 * A gradebook column. {@code coupled} columns belong to an activity (Moodle's own grade item of
 * an LTI activity); others were created through AGS (Moodle's "manual" items).
 */
public record LineItem(long id, String courseId, String label, BigDecimal scoreMaximum, String resourceId,
        String tag, Long activityId, boolean coupled) {
}

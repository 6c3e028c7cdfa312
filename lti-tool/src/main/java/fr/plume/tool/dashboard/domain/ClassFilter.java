package fr.plume.tool.dashboard.domain;

import java.util.UUID;

/**
 * What the teacher narrowed the class to: one group of the platform, and/or the students who
 * started one activity. Null parts do not filter.
 */
public record ClassFilter(String group, UUID activity) {

    public static final ClassFilter NONE = new ClassFilter(null, null);

    public ClassFilter {
        group = group == null || group.isBlank() ? null : group;
    }

    public boolean keeps(ClassStudent student) {
        return (group == null || student.groups().contains(group))
                && (activity == null || student.status(activity) != ActivityStatus.NOT_STARTED);
    }
}

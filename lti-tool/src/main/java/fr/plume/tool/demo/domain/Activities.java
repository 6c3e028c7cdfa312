package fr.plume.tool.demo.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Activities of the demo course (LTI resource links). */
public interface Activities {

    List<Activity> inCourse(String courseId);

    Optional<Activity> find(long id);

    long insert(String courseId, String title, String text, String targetLinkUri, Map<String, String> custom,
            String placedBy);

    boolean exists(String courseId, long id);
}

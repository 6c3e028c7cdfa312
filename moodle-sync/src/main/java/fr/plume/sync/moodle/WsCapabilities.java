package fr.plume.sync.moodle;

import static fr.plume.sync.moodle.WsFunctions.*;

import java.util.List;
import java.util.Map;

/**
 * The Moodle capabilities the token's account needs for each function this toolkit calls, as
 * Moodle checks them (competency/classes/api.php, course/externallib.php), so that a refusal
 * ({@code nopermissions}) can say what to grant and where.
 */
public final class WsCapabilities {

    public static final String COMPETENCY_VIEW = "moodle/competency:competencyview";
    public static final String COMPETENCY_MANAGE = "moodle/competency:competencymanage";
    public static final String COURSE_COMPETENCY_VIEW = "moodle/competency:coursecompetencyview";
    public static final String COURSE_COMPETENCY_MANAGE = "moodle/competency:coursecompetencymanage";
    public static final String USER_COMPETENCY_VIEW = "moodle/competency:usercompetencyview";
    public static final String COMPETENCY_GRADE = "moodle/competency:competencygrade";
    /** Or being enrolled in the course. */
    public static final String COURSE_VIEW = "moodle/course:view";

    private static final Map<String, List<String>> BY_FUNCTION = Map.ofEntries(
            Map.entry(LIST_FRAMEWORKS, List.of(COMPETENCY_VIEW)),
            Map.entry(LIST_COMPETENCIES, List.of(COMPETENCY_VIEW)),
            Map.entry(GET_SCALE_VALUES, List.of(COMPETENCY_VIEW)),
            Map.entry(CREATE_FRAMEWORK, List.of(COMPETENCY_MANAGE)),
            Map.entry(UPDATE_FRAMEWORK, List.of(COMPETENCY_MANAGE)),
            Map.entry(CREATE_COMPETENCY, List.of(COMPETENCY_MANAGE)),
            Map.entry(UPDATE_COMPETENCY, List.of(COMPETENCY_MANAGE)),
            Map.entry(SET_PARENT_COMPETENCY, List.of(COMPETENCY_MANAGE)),
            Map.entry(LIST_COURSE_COMPETENCIES, List.of(COURSE_COMPETENCY_VIEW)),
            Map.entry(ADD_COMPETENCY_TO_COURSE, List.of(COURSE_COMPETENCY_MANAGE)),
            Map.entry(GET_COURSE_CONTENTS, List.of(COURSE_VIEW)),
            // checked in this order by api::grade_competency_in_course, in the course's context
            Map.entry(GRADE_COMPETENCY_IN_COURSE, List.of(USER_COMPETENCY_VIEW, COMPETENCY_GRADE, COMPETENCY_VIEW)));

    private WsCapabilities() {
    }

    public static List<String> neededBy(String function) {
        return BY_FUNCTION.getOrDefault(function, List.of());
    }
}

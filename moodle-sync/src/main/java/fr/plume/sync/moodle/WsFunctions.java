package fr.plume.sync.moodle;

import java.util.List;

/** Names of the Moodle web service functions this toolkit calls, grouped by job. */
public final class WsFunctions {

    public static final String GET_SITE_INFO = "core_webservice_get_site_info";
    public static final String LIST_FRAMEWORKS = "core_competency_list_competency_frameworks";
    public static final String CREATE_FRAMEWORK = "core_competency_create_competency_framework";
    public static final String UPDATE_FRAMEWORK = "core_competency_update_competency_framework";
    public static final String LIST_COMPETENCIES = "core_competency_list_competencies";
    public static final String CREATE_COMPETENCY = "core_competency_create_competency";
    public static final String UPDATE_COMPETENCY = "core_competency_update_competency";
    public static final String SET_PARENT_COMPETENCY = "core_competency_set_parent_competency";
    public static final String GET_SCALE_VALUES = "core_competency_get_scale_values";
    public static final String LIST_COURSE_COMPETENCIES = "core_competency_list_course_competencies";
    public static final String ADD_COMPETENCY_TO_COURSE = "core_competency_add_competency_to_course";
    public static final String GRADE_COMPETENCY_IN_COURSE = "core_competency_grade_competency_in_course";
    public static final String GET_COURSE_CONTENTS = "core_course_get_contents";

    /** Read functions the framework push needs even when it only produces the CSV fallback. */
    public static final List<String> FRAMEWORK_PUSH_READ = List.of(LIST_FRAMEWORKS, LIST_COMPETENCIES, GET_SCALE_VALUES);
    public static final List<String> FRAMEWORK_PUSH_WRITE = List.of(CREATE_FRAMEWORK, UPDATE_FRAMEWORK,
            CREATE_COMPETENCY, UPDATE_COMPETENCY, SET_PARENT_COMPETENCY);
    public static final List<String> RATINGS_PUSH = List.of(LIST_FRAMEWORKS, LIST_COMPETENCIES, LIST_COURSE_COMPETENCIES,
            ADD_COMPETENCY_TO_COURSE, GRADE_COMPETENCY_IN_COURSE);
    public static final List<String> COURSE_HARVEST = List.of(GET_COURSE_CONTENTS);

    private WsFunctions() {
    }
}

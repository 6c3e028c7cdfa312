package fr.plume.sync.moodle;

import static fr.plume.sync.moodle.WsFunctions.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Typed calls to the core_competency_* web service functions (competency/classes/external.php). */
public class MoodleCompetencyApi {

    /** Moodle's FORMAT_HTML, the description format we send. */
    public static final int FORMAT_HTML = 1;

    private final MoodleWsClient client;

    public MoodleCompetencyApi(MoodleWsClient client) {
        this.client = client;
    }

    public MoodleWsClient client() {
        return client;
    }

    public SiteInfo siteInfo() {
        return SiteInfo.from(client.read(GET_SITE_INFO, WsParams.of()).body());
    }

    /**
     * The framework whose idnumber is exactly {@code idnumber}, searched in the system context
     * and its children. {@code query} matches shortname or idnumber with LIKE, so the exact
     * match is checked here.
     */
    public Optional<MoodleFramework> findFramework(String idnumber) {
        WsParams params = WsParams.of()
                .put("sort", "shortname").put("order", "ASC").put("skip", 0).put("limit", 0)
                .put("context", Map.of("contextlevel", "system", "instanceid", 0))
                .put("includes", "children").put("onlyvisible", false).put("query", idnumber);
        for (JsonNode n : client.read(LIST_FRAMEWORKS, params).body()) {
            MoodleFramework f = MoodleFramework.from(n);
            if (f.idnumber().equals(idnumber)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    public MoodleFramework createFramework(String shortname, String idnumber, String description, long scaleId,
                                           String scaleConfiguration, String taxonomies) {
        Map<String, Object> fw = new LinkedHashMap<>();
        fw.put("shortname", shortname);
        fw.put("idnumber", idnumber);
        fw.put("description", description);
        fw.put("descriptionformat", FORMAT_HTML);
        fw.put("visible", true);
        fw.put("scaleid", scaleId);
        fw.put("scaleconfiguration", scaleConfiguration);
        fw.put("contextlevel", "system");
        fw.put("instanceid", 0);
        fw.put("taxonomies", taxonomies);
        return MoodleFramework.from(client.write(CREATE_FRAMEWORK, WsParams.of().put("competencyframework", fw)).body());
    }

    /** Update structure: id plus only the fields to change (others keep their value). */
    public void updateFramework(long id, Map<String, Object> changes) {
        Map<String, Object> fw = new LinkedHashMap<>();
        fw.put("id", id);
        fw.putAll(changes);
        client.write(UPDATE_FRAMEWORK, WsParams.of().put("competencyframework", fw));
    }

    /** Every competency of a framework, via the filters[] of core_competency_list_competencies. */
    public List<MoodleCompetency> listCompetencies(long frameworkId) {
        WsParams params = WsParams.of()
                .put("filters", List.of(Map.of("column", "competencyframeworkid", "value", frameworkId)))
                .put("sort", "sortorder").put("order", "ASC").put("skip", 0).put("limit", 0);
        List<MoodleCompetency> out = new ArrayList<>();
        for (JsonNode n : client.read(LIST_COMPETENCIES, params).body()) {
            out.add(MoodleCompetency.from(n));
        }
        return out;
    }

    /** Competencies whose idnumber is exactly {@code idnumber}, in any framework. */
    public List<MoodleCompetency> findCompetenciesByIdnumber(String idnumber) {
        WsParams params = WsParams.of()
                .put("filters", List.of(Map.of("column", "idnumber", "value", idnumber)))
                .put("sort", "").put("order", "").put("skip", 0).put("limit", 0);
        List<MoodleCompetency> out = new ArrayList<>();
        for (JsonNode n : client.read(LIST_COMPETENCIES, params).body()) {
            out.add(MoodleCompetency.from(n));
        }
        return out;
    }

    public MoodleCompetency createCompetency(long frameworkId, long parentId, String shortname, String idnumber,
                                             String description) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("shortname", shortname);
        c.put("idnumber", idnumber);
        c.put("description", description);
        c.put("descriptionformat", FORMAT_HTML);
        c.put("competencyframeworkid", frameworkId);
        c.put("parentid", parentId);
        return MoodleCompetency.from(client.write(CREATE_COMPETENCY, WsParams.of().put("competency", c)).body());
    }

    public void updateCompetency(long id, Map<String, Object> changes) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", id);
        c.putAll(changes);
        client.write(UPDATE_COMPETENCY, WsParams.of().put("competency", c));
    }

    public void setParentCompetency(long competencyId, long parentId) {
        client.write(SET_PARENT_COMPETENCY, WsParams.of().put("competencyid", competencyId).put("parentid", parentId));
    }

    /**
     * Values of a scale, in order. Moodle has no function to list or create scales; an
     * unknown id makes this call fail (the scale record cannot be fetched), which callers
     * report as a missing scale.
     */
    public List<ScaleValue> scaleValues(long scaleId) {
        List<ScaleValue> out = new ArrayList<>();
        for (JsonNode n : client.read(GET_SCALE_VALUES, WsParams.of().put("scaleid", scaleId)).body()) {
            out.add(new ScaleValue(n.path("id").asInt(), n.path("name").asString("")));
        }
        return out;
    }

    /** Ids of the competencies already linked to a course. */
    public List<MoodleCompetency> courseCompetencies(long courseId) {
        List<MoodleCompetency> out = new ArrayList<>();
        for (JsonNode n : client.read(LIST_COURSE_COMPETENCIES, WsParams.of().put("id", courseId)).body()) {
            out.add(MoodleCompetency.from(n.path("competency")));
        }
        return out;
    }

    public void addCompetencyToCourse(long courseId, long competencyId) {
        client.write(ADD_COMPETENCY_TO_COURSE, WsParams.of().put("courseid", courseId).put("competencyid", competencyId));
    }

    public void gradeCompetencyInCourse(long courseId, long userId, long competencyId, int grade, String note) {
        client.write(GRADE_COMPETENCY_IN_COURSE, WsParams.of().put("courseid", courseId).put("userid", userId)
                .put("competencyid", competencyId).put("grade", grade).put("note", note));
    }
}

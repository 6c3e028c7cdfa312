package fr.plume.sync.job;

import fr.plume.framework.format.moodle.MoodleRecord;
import fr.plume.framework.format.moodle.MoodleRecords;
import fr.plume.framework.model.Competency;
import fr.plume.framework.model.Domain;
import fr.plume.framework.model.Framework;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds core_competency_list_competencies replies in the shape of competency_exporter's read
 * structure, describing a Moodle that already holds a framework.
 */
public final class MoodleState {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MoodleState() {
    }

    public static Map<String, Object> competency(long id, String shortname, UUID idnumber, String description, long parentId,
                                          long frameworkId, int sortorder) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("shortname", shortname);
        m.put("idnumber", idnumber.toString());
        m.put("description", description);
        m.put("descriptionformat", 1);
        m.put("sortorder", sortorder);
        m.put("parentid", parentId);
        m.put("path", parentId == 0 ? "/0/" : "/0/" + parentId + "/");
        m.put("ruleoutcome", 0);
        m.put("ruletype", null);
        m.put("ruleconfig", null);
        m.put("scaleid", null);
        m.put("scaleconfiguration", null);
        m.put("competencyframeworkid", frameworkId);
        m.put("id", id);
        m.put("timecreated", 1718000000);
        m.put("timemodified", 1718000000);
        m.put("usermodified", 2);
        return m;
    }

    /**
     * The competencies a push of {@code fw} leaves in Moodle (framework id 7), with descriptions
     * re-serialised the way format_text may return them (attributes, line breaks).
     */
    public static String pushed(Framework fw) {
        List<Map<String, Object>> out = new ArrayList<>();
        long id = 100;
        int sort = 0;
        for (Domain d : fw.domains()) {
            long domainId = id++;
            MoodleRecord domain = MoodleRecords.domain(d);
            out.add(competency(domainId, domain.shortname(), d.idnumber(), reformat(domain.description()), 0, 7, sort++));
            int childSort = 0;
            for (Competency c : d.competencies()) {
                MoodleRecord competency = MoodleRecords.competency(d, c);
                out.add(competency(id++, competency.shortname(), c.idnumber(), reformat(competency.description()),
                        domainId, 7, childSort++));
            }
        }
        return JSON.writeValueAsString(out);
    }

    public static String json(Object o) {
        return JSON.writeValueAsString(o);
    }

    private static String reformat(String html) {
        return html.replace("<p ", "<p dir=\"ltr\" style=\"text-align: left;\" ").replace("</li>", "</li>\n");
    }
}

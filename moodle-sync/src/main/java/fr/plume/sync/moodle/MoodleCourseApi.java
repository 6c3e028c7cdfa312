package fr.plume.sync.moodle;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** core_course_get_contents (course/externallib.php): sections → modules → contents. */
public class MoodleCourseApi {

    private final MoodleWsClient client;

    public MoodleCourseApi(MoodleWsClient client) {
        this.client = client;
    }

    public List<CourseModule> contents(long courseId) {
        JsonNode sections = client.read(WsFunctions.GET_COURSE_CONTENTS, WsParams.of().put("courseid", courseId)).body();
        List<CourseModule> out = new ArrayList<>();
        for (JsonNode section : sections) {
            String sectionName = section.path("name").asString("");
            for (JsonNode m : section.path("modules")) {
                List<CourseModule.ContentFile> files = new ArrayList<>();
                for (JsonNode c : m.path("contents")) {
                    files.add(new CourseModule.ContentFile(c.path("type").asString(""), c.path("filename").asString(""),
                            c.path("fileurl").asString(""), c.path("filesize").asLong(0), c.path("mimetype").asString(""),
                            c.path("timemodified").asLong(0), c.path("author").asString(""), c.path("license").asString("")));
                }
                out.add(new CourseModule(m.path("id").asLong(), sectionName, m.path("name").asString(""),
                        m.path("modname").asString(""), m.path("url").asString(""), m.path("description").asString(""),
                        m.path("visible").asInt(1) == 1 && m.path("uservisible").asBoolean(true), files));
            }
        }
        return out;
    }
}

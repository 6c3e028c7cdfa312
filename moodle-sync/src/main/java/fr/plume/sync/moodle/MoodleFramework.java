package fr.plume.sync.moodle;

import tools.jackson.databind.JsonNode;

/** A competency framework as competency_framework_exporter reads it. */
public record MoodleFramework(long id, String shortname, String idnumber, String description, int descriptionFormat,
                              boolean visible, long scaleId, String scaleConfiguration, long contextId) {

    static MoodleFramework from(JsonNode n) {
        return new MoodleFramework(n.path("id").asLong(), n.path("shortname").asString(""),
                n.path("idnumber").asString(""), n.path("description").asString(""),
                n.path("descriptionformat").asInt(1), n.path("visible").asBoolean(true),
                n.path("scaleid").asLong(0), n.path("scaleconfiguration").asString(""),
                n.path("contextid").asLong(0));
    }
}

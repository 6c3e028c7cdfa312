package fr.plume.sync.moodle;

import tools.jackson.databind.JsonNode;

/** A competency as competency_exporter reads it ({@code parentid} 0 = top level). */
public record MoodleCompetency(long id, String shortname, String idnumber, String description, int descriptionFormat,
                               long frameworkId, long parentId, int sortOrder) {

    static MoodleCompetency from(JsonNode n) {
        return new MoodleCompetency(n.path("id").asLong(), n.path("shortname").asString(""),
                n.path("idnumber").asString(""), n.path("description").asString(""),
                n.path("descriptionformat").asInt(1), n.path("competencyframeworkid").asLong(),
                n.path("parentid").asLong(0), n.path("sortorder").asInt(0));
    }
}

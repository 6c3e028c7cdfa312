package fr.plume.sync.moodle;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** A successful web service reply and the warnings Moodle attached to it. */
public record WsResponse(JsonNode body, List<MoodleWarning> warnings) {

    public WsResponse {
        warnings = List.copyOf(warnings);
    }
}

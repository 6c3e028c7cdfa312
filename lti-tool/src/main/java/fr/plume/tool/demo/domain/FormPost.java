package fr.plume.tool.demo.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A front-channel message: fields the browser posts to {@code action} by itself, as Moodle's
 * auto-submitted forms carry the login initiation and the id_token (fields kept in order).
 */
public record FormPost(String action, Map<String, String> fields) {

    public FormPost {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}

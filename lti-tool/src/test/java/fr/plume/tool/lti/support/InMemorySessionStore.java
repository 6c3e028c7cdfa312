package fr.plume.tool.lti.support;

import fr.plume.tool.lti.domain.SessionStore;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Tool sessions in memory: their attributes by session id. */
public final class InMemorySessionStore implements SessionStore {

    private final Map<String, Map<String, Object>> sessions = new ConcurrentHashMap<>();

    @Override
    public String open(Map<String, Object> attributes) {
        String id = UUID.randomUUID().toString();
        sessions.put(id, new LinkedHashMap<>(attributes));
        return id;
    }

    /** The attributes of an opened session (empty when there is none). */
    public Map<String, Object> attributes(String id) {
        return Map.copyOf(sessions.getOrDefault(id, Map.of()));
    }
}

package fr.plume.tool.certification.application;

import java.util.Set;
import java.util.UUID;

/**
 * Who acts on certification, as the web layer established it: a signed-in tool account (its
 * username; {@code officer} when it holds the certification officer role) and the sessions this
 * browser opened as invigilator with the session's PIN. Everything else is decided by
 * {@link Permissions} against the stored centres, never by the page.
 */
public record Actor(String name, boolean officer, Set<UUID> invigilatedSessions) {

    public Actor {
        invigilatedSessions = invigilatedSessions == null ? Set.of() : Set.copyOf(invigilatedSessions);
    }

    public static Actor anonymous() {
        return new Actor(null, false, Set.of());
    }

    public boolean signedIn() {
        return name != null;
    }
}

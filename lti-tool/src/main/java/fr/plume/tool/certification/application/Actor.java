package fr.plume.tool.certification.application;

import fr.plume.tool.certification.domain.CertificationSession;
import java.util.Map;
import java.util.UUID;

/**
 * Who acts on certification, as the web layer established it: a signed-in tool account (its
 * username; {@code officer} when it holds the certification officer role) and the sessions this
 * browser opened as invigilator with the session's PIN, each with the grant of that PIN
 * ({@link CertificationSession#invigilationGrant()}). Everything else is decided by
 * {@link Permissions} against the stored centres, never by the page.
 */
public record Actor(String name, boolean officer, Map<UUID, String> invigilationGrants) {

    public Actor {
        invigilationGrants = invigilationGrants == null ? Map.of() : Map.copyOf(invigilationGrants);
    }

    public static Actor anonymous() {
        return new Actor(null, false, Map.of());
    }

    public boolean signedIn() {
        return name != null;
    }

    /** Opened with the session's current PIN: after the centre gives a new PIN, no longer. */
    public boolean invigilates(CertificationSession session) {
        return session.invigilationGrant().equals(invigilationGrants.get(session.id()));
    }
}

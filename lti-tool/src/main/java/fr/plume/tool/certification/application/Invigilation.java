package fr.plume.tool.certification.application;

import java.util.UUID;

/** How an invigilator is named in the audit log: their account, or the session's PIN holder. */
final class Invigilation {

    private Invigilation() {
    }

    static String actorName(Actor actor, UUID sessionId) {
        return actor.signedIn() ? actor.name() : OpenInvigilation.invigilator(sessionId);
    }
}

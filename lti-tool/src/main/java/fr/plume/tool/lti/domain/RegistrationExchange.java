package fr.plume.tool.lti.domain;

import java.net.URI;
import java.util.Map;

/** JSON exchanged with a platform during Dynamic Registration. */
public interface RegistrationExchange {

    /** A platform's answer; {@code json} is null when the body is not a JSON object. */
    record Answer(int status, Map<String, Object> json, String text) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** The platform could not be reached at all (DNS, connection, timeout, TLS). */
    final class Unreachable extends Exception {
        public Unreachable(Throwable cause) {
            super(cause.getClass().getSimpleName(), cause);
        }
    }

    Answer getJson(URI uri) throws Unreachable;

    Answer postJson(URI uri, Map<String, Object> body, String bearer) throws Unreachable;
}

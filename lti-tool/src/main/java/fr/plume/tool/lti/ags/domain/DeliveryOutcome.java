package fr.plume.tool.lti.ags.domain;

/**
 * What happened to one delivery attempt. {@code httpStatus} is 0 when no answer came back.
 * {@code detail} is a short, log-safe explanation (never a token, never a name).
 */
public record DeliveryOutcome(Kind kind, int httpStatus, String detail) {

    public enum Kind {
        /** The platform stored the score. */
        DELIVERED,
        /** The platform already holds this score or a newer one (409, AGS 2.0 §3.4.7): done. */
        SUPERSEDED,
        /** Worth trying again later: platform down, timeout, throttled. */
        RETRY,
        /** Will not succeed by waiting: the platform refused the score (e.g. a teacher is not gradable). */
        DEAD
    }

    public static DeliveryOutcome delivered(int status) {
        return new DeliveryOutcome(Kind.DELIVERED, status, null);
    }

    public static DeliveryOutcome superseded() {
        return new DeliveryOutcome(Kind.SUPERSEDED, 409, null);
    }

    public static DeliveryOutcome retry(int status, String detail) {
        return new DeliveryOutcome(Kind.RETRY, status, detail);
    }

    public static DeliveryOutcome dead(int status, String detail) {
        return new DeliveryOutcome(Kind.DEAD, status, detail);
    }

    /** Maps the platform's answer to a score POST (AGS 2.0 §3.4; Moodle scores.php status codes). */
    public static DeliveryOutcome ofScoreResponse(int status, String body) {
        if (status >= 200 && status < 300) {
            return delivered(status);
        }
        if (status == 409) {
            return superseded();
        }
        if (status == 408 || status == 425 || status == 429 || status >= 500 || status == 401) {
            return retry(status, "HTTP " + status + excerpt(body));
        }
        return dead(status, "HTTP " + status + excerpt(body));
    }

    /** A safe excerpt of the platform's message (Moodle explains 400s in the body). */
    public static String excerpt(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String oneLine = body.replaceAll("\\s+", " ").strip();
        return ": " + (oneLine.length() > 500 ? oneLine.substring(0, 500) + "…" : oneLine);
    }
}

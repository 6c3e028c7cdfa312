package fr.plume.sync.moodle;

import fr.plume.sync.i18n.Localized;
import fr.plume.sync.i18n.Phrase;

/**
 * Moodle answered a web service call with its error body
 * ({@code {"exception":…,"errorcode":…,"message":…,"debuginfo":…}}, HTTP 200).
 * Never retried: the same call would fail the same way.
 */
public class MoodleWsException extends RuntimeException implements Localized {

    private final String function;
    private final String exceptionClass;
    private final String errorCode;
    private final String debugInfo;
    private final String moodleMessage;

    public MoodleWsException(String function, String exceptionClass, String errorCode, String message, String debugInfo) {
        super("Moodle a refusé " + function + " : " + errorCode + " — " + message);
        this.function = function;
        this.exceptionClass = exceptionClass;
        this.errorCode = errorCode;
        this.debugInfo = debugInfo;
        this.moodleMessage = message == null ? "" : message;
    }

    /** What Moodle said, in the site's language. */
    public String moodleMessage() {
        return moodleMessage;
    }

    @Override
    public Phrase phrase() {
        return Phrase.of("error.moodleRefused", function, errorCode, moodleMessage);
    }

    public String function() {
        return function;
    }

    public String exceptionClass() {
        return exceptionClass;
    }

    public String errorCode() {
        return errorCode;
    }

    public String debugInfo() {
        return debugInfo;
    }

    /** The token is unknown, expired or restricted to other IP addresses. */
    public boolean isTokenProblem() {
        return "invalidtoken".equals(errorCode) || "invalidtimedtoken".equals(errorCode)
                || "invalidiptoken".equals(errorCode);
    }

    /** The function is not in the token's service, or the user lacks a capability. */
    public boolean isAccessProblem() {
        return "accessexception".equals(errorCode) || "nopermissions".equals(errorCode)
                || "servicerequireslogin".equals(errorCode) || "webservicesnotenabled".equals(errorCode);
    }
}

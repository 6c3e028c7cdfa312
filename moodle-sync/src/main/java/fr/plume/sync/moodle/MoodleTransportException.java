package fr.plume.sync.moodle;

/** The site could not be reached or answered something that is not a web service reply. */
public class MoodleTransportException extends RuntimeException {

    public MoodleTransportException(String message, Throwable cause) {
        super(message, cause);
    }

    public MoodleTransportException(String message) {
        super(message);
    }
}

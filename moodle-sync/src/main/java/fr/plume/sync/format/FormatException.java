package fr.plume.sync.format;

/** An input file could not be read; nothing of it was imported. The message says where and why. */
public class FormatException extends RuntimeException {

    public FormatException(String message) {
        super(message);
    }

    public FormatException(String message, Throwable cause) {
        super(message, cause);
    }
}

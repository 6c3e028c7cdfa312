package fr.plume.tool.sync.domain;

import java.io.InputStream;
import java.net.URI;

/** Where a harvest reads a question file (Moodle XML, GIFT) that a member published at an address. */
public interface QuestionFileDownloads {

    /** The file's content, for the caller to close; {@link Unavailable} with a reason for the administrator. */
    InputStream open(URI address) throws Unavailable;

    /** The file could not be read; the message says why, without any secret. */
    final class Unavailable extends Exception {
        public Unavailable(String message) {
            super(message);
        }
    }
}

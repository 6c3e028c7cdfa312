package fr.plume.tool.itembank.application;

import fr.plume.tool.shared.domain.PlumeProblemException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * Checks an uploaded file by what its bytes are (Apache Tika's magic-byte detection), never by
 * its name or the type the browser claims: an executable renamed {@code .png} is refused.
 */
@Component
public class UploadCheck {

    /** The largest file an author may attach to a module. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    static final Set<String> ACCEPTED = Set.of("image/png", "image/jpeg", "image/gif", "image/webp",
            "application/pdf", "audio/mpeg", "audio/ogg", "text/plain");

    private static final Tika TIKA = new Tika();

    /** The media type detected from the content; refuses what is too big, empty or not accepted. */
    public String mediaTypeOf(byte[] content) {
        if (content.length == 0) {
            throw new PlumeProblemException("ITEMBANK-FILE-EMPTY", 400);
        }
        if (content.length > MAX_BYTES) {
            throw new PlumeProblemException("ITEMBANK-FILE-TOO-BIG", 413, MAX_BYTES / (1024 * 1024));
        }
        String detected;
        try {
            // no file name given: detection relies on the bytes alone
            detected = TIKA.detect(new ByteArrayInputStream(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!ACCEPTED.contains(detected)) {
            throw new PlumeProblemException("ITEMBANK-FILE-TYPE", 415, detected);
        }
        return detected;
    }
}

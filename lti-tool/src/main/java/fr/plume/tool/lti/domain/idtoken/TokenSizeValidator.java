package fr.plume.tool.lti.domain.idtoken;

import fr.plume.tool.lti.domain.LaunchRejected;

/** Refuses an oversize id_token before anything decodes it. */
public final class TokenSizeValidator {

    /**
     * The longest id_token accepted, in characters. Moodle's are a few KB; this leaves room for
     * generous custom parameters while a megabyte-sized token is refused before it is decoded.
     */
    public static final int MAX_ID_TOKEN_LENGTH = 64 * 1024;

    public void validate(String idToken) {
        if (idToken.length() > MAX_ID_TOKEN_LENGTH) {
            throw new LaunchRejected("LTI-IDTOKEN-TOO-LARGE", 413);
        }
    }
}

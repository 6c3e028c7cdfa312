package fr.plume.tool.sync.domain;

/** Removes a secret from a text before it is stored or logged, in case a library echoed it. */
public final class SecretScrubber {

    private SecretScrubber() {
    }

    public static String scrub(String text, String secret) {
        if (text == null) {
            return "";
        }
        if (secret == null || secret.length() < 4) {
            return text;
        }
        return text.replace(secret, "***");
    }
}

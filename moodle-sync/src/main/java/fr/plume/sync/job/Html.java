package fr.plume.sync.job;

/** Compares descriptions sent to Moodle with what it returns. */
final class Html {

    private Html() {
    }

    /**
     * The visible text of an HTML fragment, whitespace collapsed. Moodle returns descriptions
     * through format_text, which may re-serialise markup; comparing visible text keeps a second
     * push from "updating" what did not change.
     */
    static String visibleText(String html) {
        String t = html.replaceAll("(?s)<[^>]*>", " ")
                .replace("&nbsp;", " ").replace("&#160;", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#039;", "'").replace("&#39;", "'").replace("&amp;", "&");
        return t.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}

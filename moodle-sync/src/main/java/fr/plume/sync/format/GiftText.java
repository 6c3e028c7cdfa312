package fr.plume.sync.format;

/**
 * A GIFT text with its optional format tag ({@code [html]}, {@code [moodle]}, {@code [plain]},
 * {@code [markdown]}), read the way Moodle's GIFT importer reads it: a known tag at the very
 * start sets the format and is removed, an unknown one is left as text; without a tag the text
 * takes the format of its question (answers and feedback) or Moodle's auto-format (question
 * text). Draft items hold HTML, so {@link #html()} turns the text into what Moodle would show.
 */
record GiftText(Format format, String text) {

    enum Format {
        MOODLE, HTML, PLAIN, MARKDOWN;

        static Format byTag(String tag) {
            return switch (tag) {
                case "moodle" -> MOODLE;
                case "html" -> HTML;
                case "plain" -> PLAIN;
                case "markdown" -> MARKDOWN;
                default -> null;
            };
        }
    }

    static GiftText parse(String raw, Format fallback) {
        String s = raw.strip();
        if (s.startsWith("[")) {
            int end = s.indexOf(']');
            Format tagged = end < 0 ? null : Format.byTag(s.substring(1, end));
            if (tagged != null) {
                return new GiftText(tagged, s.substring(end + 1).strip());
            }
        }
        return new GiftText(fallback, s);
    }

    /**
     * HTML as Moodle would render it: HTML and Moodle auto-format as written, plain text escaped
     * (line breaks kept), Markdown converted.
     */
    String html() {
        return switch (format) {
            case HTML, MOODLE -> text;
            case PLAIN -> escape(text).replace("\n", "<br />\n");
            case MARKDOWN -> MarkdownHtml.toHtml(text);
        };
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

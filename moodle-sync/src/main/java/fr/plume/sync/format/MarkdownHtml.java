package fr.plume.sync.format;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown to HTML for the texts of GIFT files tagged {@code [markdown]}, covering the syntax
 * Moodle's Markdown format renders (it uses PHP Markdown Extra) that question writers use:
 * paragraphs, hard line breaks (two trailing spaces), headings, bulleted and numbered lists,
 * quotes, code blocks and spans, emphasis, links, images, rules and raw HTML, backslash escapes.
 * Underscores inside words are not emphasis, as in Markdown Extra, so a gap "_____" stays as is.
 */
final class MarkdownHtml {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern BULLET = Pattern.compile("^\\s{0,3}[*+-]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s{0,3}\\d+\\.\\s+(.*)$");
    private static final Pattern RULE = Pattern.compile("^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern HTML_BLOCK = Pattern.compile("^<(/?)([A-Za-z][A-Za-z0-9]*)[\\s>/].*", Pattern.DOTALL);
    private static final String ESCAPABLE = "\\`*_{}[]()#+-.!";
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1", Pattern.DOTALL);
    // applied to escaped text: a title's quotes are &quot; by then
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\(\\s*([^)\\s]+)(?:\\s+&quot;(.*?)&quot;)?\\s*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\(\\s*([^)\\s]+)(?:\\s+&quot;(.*?)&quot;)?\\s*\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|ftp)://[^>\\s]+)>");
    private static final Pattern STRONG = Pattern.compile("(?<![\\w*])\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*(?!\\*)"
            + "|(?<!\\w)__(?=[^\\s_])(.+?)(?<=[^\\s_])__(?!\\w)", Pattern.DOTALL);
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])\\*(?=[^\\s*])(.+?)(?<=[^\\s*])\\*(?!\\*)"
            + "|(?<!\\w)_(?=[^\\s_])(.+?)(?<=[^\\s_])_(?!\\w)", Pattern.DOTALL);
    private static final Pattern TAG_OR_ENTITY = Pattern.compile("</?[A-Za-z][^<>]*>|&(?:#[0-9]+|#x[0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);");

    private MarkdownHtml() {
    }

    static String toHtml(String markdown) {
        List<String> out = new ArrayList<>();
        for (String block : markdown.replace("\r\n", "\n").split("\n\\s*\n")) {
            if (!block.isBlank()) {
                out.add(block(block.stripTrailing()));
            }
        }
        return String.join("\n\n", out);
    }

    private static String block(String block) {
        String[] lines = block.split("\n");
        String first = lines[0];
        if (HTML_BLOCK.matcher(first.strip()).matches() && !first.startsWith(" ")) {
            return block;
        }
        if (lines.length == 1 && RULE.matcher(first).matches()) {
            return "<hr />";
        }
        Matcher heading = HEADING.matcher(first);
        if (lines.length == 1 && heading.matches()) {
            int level = heading.group(1).length();
            return "<h" + level + ">" + inline(heading.group(2)) + "</h" + level + ">";
        }
        if (allMatch(lines, "    ") || allMatch(lines, "\t")) {
            StringBuilder code = new StringBuilder();
            for (String line : lines) {
                code.append(GiftText.escape(line.startsWith("\t") ? line.substring(1) : line.substring(4))).append('\n');
            }
            return "<pre><code>" + code + "</code></pre>";
        }
        if (BULLET.matcher(first).matches()) {
            return list("ul", lines, BULLET);
        }
        if (NUMBERED.matcher(first).matches()) {
            return list("ol", lines, NUMBERED);
        }
        if (first.startsWith(">")) {
            StringBuilder quoted = new StringBuilder();
            for (String line : lines) {
                quoted.append(line.replaceFirst("^>\\s?", "")).append('\n');
            }
            return "<blockquote>\n" + toHtml(quoted.toString()) + "\n</blockquote>";
        }
        return "<p>" + inline(String.join("\n", lines)) + "</p>";
    }

    private static boolean allMatch(String[] lines, String prefix) {
        for (String line : lines) {
            if (!line.startsWith(prefix)) {
                return false;
            }
        }
        return true;
    }

    private static String list(String tag, String[] lines, Pattern marker) {
        List<String> items = new ArrayList<>();
        for (String line : lines) {
            Matcher m = marker.matcher(line);
            if (m.matches()) {
                items.add(m.group(1));
            } else if (!items.isEmpty()) {
                items.set(items.size() - 1, items.get(items.size() - 1) + "\n" + line.strip());
            }
        }
        StringBuilder sb = new StringBuilder("<" + tag + ">\n");
        for (String item : items) {
            sb.append("<li>").append(inline(item)).append("</li>\n");
        }
        return sb.append("</").append(tag).append('>').toString();
    }

    /** Inline syntax; code spans and escaped characters are set aside first so nothing else touches them. */
    static String inline(String text) {
        List<String> kept = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && ESCAPABLE.indexOf(text.charAt(i + 1)) >= 0) {
                sb.append(keep(kept, GiftText.escape(String.valueOf(text.charAt(++i)))));
            } else {
                sb.append(c);
            }
        }
        String s = replace(CODE_SPAN, sb.toString(), m -> keep(kept, "<code>" + GiftText.escape(m.group(2).strip()) + "</code>"));
        s = replace(AUTOLINK, s, m -> keep(kept, "<a href=\"" + GiftText.escape(m.group(1)) + "\">"
                + GiftText.escape(m.group(1)) + "</a>"));
        s = replace(TAG_OR_ENTITY, s, m -> keep(kept, m.group()));
        s = GiftText.escape(s);
        s = replace(IMAGE, s, m -> keep(kept, "<img src=\"" + m.group(2) + "\" alt=\"" + m.group(1) + "\""
                + (m.group(3) == null ? "" : " title=\"" + m.group(3) + "\"") + " />"));
        // the tags are set aside so that emphasis never reaches into an address
        s = replace(LINK, s, m -> keep(kept, "<a href=\"" + m.group(2) + "\""
                + (m.group(3) == null ? "" : " title=\"" + m.group(3) + "\"") + ">") + m.group(1) + keep(kept, "</a>"));
        s = replace(STRONG, s, m -> "<strong>" + (m.group(1) != null ? m.group(1) : m.group(2)) + "</strong>");
        s = replace(EMPHASIS, s, m -> "<em>" + (m.group(1) != null ? m.group(1) : m.group(2)) + "</em>");
        s = s.replaceAll(" {2,}\n", "<br />\n");
        return restore(s, kept);
    }

    /** A placeholder no Markdown rule can match: private-use characters around the index. */
    private static String keep(List<String> kept, String html) {
        kept.add(html);
        return "\uE000" + (kept.size() - 1) + "\uE001";
    }

    private static String restore(String s, List<String> kept) {
        String out = s;
        // placeholders may nest (a kept link around kept text): restore until none is left
        for (int pass = 0; pass < 3 && out.indexOf('\uE000') >= 0; pass++) {
            out = replace(Pattern.compile("\uE000(\\d+)\uE001"), out, m -> kept.get(Integer.parseInt(m.group(1))));
        }
        return out;
    }

    private static String replace(Pattern p, String s, java.util.function.Function<Matcher, String> f) {
        Matcher m = p.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(f.apply(m)));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}

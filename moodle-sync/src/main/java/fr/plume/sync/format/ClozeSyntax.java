package fr.plume.sync.format;

import fr.plume.sync.i18n.Phrase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moodle's embedded-answers (Cloze) syntax: {@code {weight:KIND:=right#feedback~wrong}},
 * answers separated by {@code ~}, {@code =} or {@code %n%} giving the credit, {@code \} escaping.
 */
public final class ClozeSyntax {

    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("SA", "SHORTANSWER"), Map.entry("MW", "SHORTANSWER"), Map.entry("SHORTANSWER", "SHORTANSWER"),
            Map.entry("SAC", "SHORTANSWER_C"), Map.entry("MWC", "SHORTANSWER_C"), Map.entry("SHORTANSWER_C", "SHORTANSWER_C"),
            Map.entry("NM", "NUMERICAL"), Map.entry("NUMERICAL", "NUMERICAL"),
            Map.entry("MC", "MULTICHOICE"), Map.entry("MULTICHOICE", "MULTICHOICE"),
            Map.entry("MCV", "MULTICHOICE_V"), Map.entry("MULTICHOICE_V", "MULTICHOICE_V"),
            Map.entry("MCH", "MULTICHOICE_H"), Map.entry("MULTICHOICE_H", "MULTICHOICE_H"),
            Map.entry("MCS", "MULTICHOICE_S"), Map.entry("MULTICHOICE_S", "MULTICHOICE_S"),
            Map.entry("MCVS", "MULTICHOICE_VS"), Map.entry("MULTICHOICE_VS", "MULTICHOICE_VS"),
            Map.entry("MCHS", "MULTICHOICE_HS"), Map.entry("MULTICHOICE_HS", "MULTICHOICE_HS"),
            Map.entry("MR", "MULTIRESPONSE"), Map.entry("MULTIRESPONSE", "MULTIRESPONSE"),
            Map.entry("MRH", "MULTIRESPONSE_H"), Map.entry("MULTIRESPONSE_H", "MULTIRESPONSE_H"),
            Map.entry("MRS", "MULTIRESPONSE_S"), Map.entry("MULTIRESPONSE_S", "MULTIRESPONSE_S"),
            Map.entry("MRHS", "MULTIRESPONSE_HS"), Map.entry("MULTIRESPONSE_HS", "MULTIRESPONSE_HS"));

    /** A credit as Moodle reads it: {@code %50%}, {@code %-33,3%}; anything else is part of the answer. */
    private static final Pattern PERCENT = Pattern.compile("%(-?[0-9]+(?:[.,][0-9]*)?)%");
    private static final String NUMBER = "-?(?:[0-9]+[.,]?[0-9]*|[.,][0-9]+)(?:[eE][-+]?[0-9]+)?";
    /** A NUMERICAL answer as Moodle accepts it: a number, optionally {@code :tolerance}, or {@code *}. */
    private static final Pattern NUMERICAL_ANSWER = Pattern.compile("\\*|" + NUMBER + "(?::" + NUMBER + ")?");

    private ClozeSyntax() {
    }

    /**
     * Why Moodle's own import would refuse these gaps (qtype_multianswer's validation), in French;
     * empty when it would accept them: no gap at all, a choice gap with fewer than two answers,
     * a gap without answer, a NUMERICAL answer that is not a number, or no answer at 100 %
     * (for multiple-response gaps, no answer with credit).
     */
    public static List<Phrase> moodleRefusals(List<ClozeGap> gaps) {
        List<Phrase> problems = new ArrayList<>();
        if (gaps.isEmpty()) {
            problems.add(Phrase.of("cloze.noGap"));
        }
        for (ClozeGap gap : gaps) {
            List<Choice> answers = gap.choices().stream().filter(c -> !c.text().isEmpty()).toList();
            boolean choiceGap = gap.kind().startsWith("MULTICHOICE") || gap.kind().startsWith("MULTIRESPONSE");
            if (choiceGap && answers.size() < 2) {
                problems.add(Phrase.of("cloze.fewChoices", gap.index(), gap.kind()));
            } else if (answers.isEmpty()) {
                problems.add(Phrase.of("cloze.noAnswer", gap.index(), gap.kind()));
            }
            if (gap.kind().equals("NUMERICAL")) {
                answers.stream().filter(c -> !NUMERICAL_ANSWER.matcher(c.text()).matches()).forEach(c ->
                        problems.add(Phrase.of("cloze.notANumber", gap.index(), gap.kind(), c.text())));
            }
            boolean multiResponse = gap.kind().startsWith("MULTIRESPONSE");
            boolean full = answers.stream().anyMatch(c -> multiResponse ? c.fraction() > 0 : c.fraction() >= 1);
            if (!answers.isEmpty() && !full) {
                problems.add(Phrase.of(multiResponse ? "cloze.noRightAnswer" : "cloze.noFullCredit", gap.index(),
                        gap.kind()));
            }
        }
        return problems;
    }

    /** The embedded answers of {@code text}, numbered from 1 in reading order. */
    public static List<ClozeGap> parse(String text) {
        List<ClozeGap> gaps = new ArrayList<>();
        rewriteGaps(text, gap -> {
            gaps.add(gap);
            return "";
        });
        return gaps;
    }

    /**
     * {@code text} with each embedded answer replaced by what {@code rewrite} makes of it (null:
     * left as written); the rest unchanged.
     */
    public static String rewriteGaps(String text, Function<ClozeGap, String> rewrite) {
        StringBuilder out = new StringBuilder();
        int count = 0;
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('{', i);
            if (open < 0) {
                break;
            }
            if (open > 0 && text.charAt(open - 1) == '\\') {
                out.append(text, i, open + 1);
                i = open + 1;
                continue;
            }
            int close = closingBrace(text, open + 1);
            if (close < 0) {
                break;
            }
            ClozeGap gap = parseGap(text.substring(open + 1, close), count + 1);
            out.append(text, i, open);
            String rewritten = gap == null ? null : rewrite.apply(gap);
            if (gap != null) {
                count++;
            }
            if (rewritten != null) {
                out.append(rewritten);
            } else {
                out.append(text, open, close + 1);
            }
            i = close + 1;
        }
        return out.append(text.substring(Math.min(i, text.length()))).toString();
    }

    private static int closingBrace(String s, int from) {
        for (int j = from; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '}') {
                return j;
            }
        }
        return -1;
    }

    private static ClozeGap parseGap(String body, int index) {
        int c1 = body.indexOf(':');
        int c2 = c1 < 0 ? -1 : body.indexOf(':', c1 + 1);
        if (c1 < 0 || c2 < 0) {
            return null;
        }
        String weightText = body.substring(0, c1).trim();
        if (!weightText.isEmpty() && !weightText.chars().allMatch(Character::isDigit)) {
            return null;
        }
        // Moodle only recognises upper-case kinds; {1:sa:…} stays plain text there
        String kind = KINDS.get(body.substring(c1 + 1, c2).trim());
        if (kind == null) {
            return null;
        }
        int weight = weightText.isEmpty() ? 1 : Integer.parseInt(weightText);
        List<Choice> choices = new ArrayList<>();
        for (String raw : splitUnescaped(body.substring(c2 + 1), '~')) {
            if (raw.isBlank()) {
                continue;
            }
            String answer = raw;
            double fraction = 0;
            if (answer.startsWith("=")) {
                fraction = 1;
                answer = answer.substring(1);
            } else {
                Matcher percent = PERCENT.matcher(answer);
                if (percent.lookingAt()) {
                    fraction = Double.parseDouble(percent.group(1).replace(',', '.')) / 100.0;
                    answer = answer.substring(percent.end());
                }
            }
            List<String> parts = splitUnescaped(answer, '#');
            String feedback = parts.size() > 1 ? unescape(parts.get(1)) : "";
            choices.add(new Choice(unescape(parts.get(0)), fraction, feedback, 0));
        }
        return new ClozeGap(index, weight, kind, choices);
    }

    /**
     * Writes a gap back in Moodle's syntax. In typed gaps Moodle reads "*" as "anything", so an
     * asterisk is written "\\*", which Moodle reads as the character itself.
     */
    public static String format(ClozeGap gap) {
        boolean typed = gap.kind().startsWith("SHORTANSWER");
        StringBuilder sb = new StringBuilder("{").append(gap.weight()).append(':').append(gap.kind()).append(':');
        for (int i = 0; i < gap.choices().size(); i++) {
            Choice c = gap.choices().get(i);
            if (i > 0) {
                sb.append('~');
            }
            if (c.fraction() >= 1) {
                sb.append('=');
            } else if (c.fraction() != 0) {
                sb.append('%').append(trimNumber(c.fraction() * 100)).append('%');
            }
            sb.append(typed ? escape(c.text()).replace("*", "\\*") : escape(c.text()));
            if (!c.feedback().isEmpty()) {
                sb.append('#').append(escape(c.feedback()));
            }
        }
        return sb.append('}').toString();
    }

    static String trimNumber(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    static List<String> splitUnescaped(String s, char sep) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                cur.append(c).append(s.charAt(++i));
            } else if (c == sep) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && "~#}{=%\\:".indexOf(s.charAt(i + 1)) >= 0) {
                sb.append(s.charAt(++i));
            } else {
                sb.append(c);
            }
        }
        return sb.toString().trim();
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if ("~#}{=%\\".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}

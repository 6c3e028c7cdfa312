package fr.plume.tool.itembank.api;

import fr.plume.framework.content.AnswerSpec;
import fr.plume.framework.content.ItemView;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * What the renderers need to show one item from its public view (never the key): the stem in the
 * reader's language, the fragment to use and, for clozes and corrections, the text cut into parts.
 *
 * @param fragment name of the fragment in {@code templates/itembank/renderers.html}
 */
public record RenderedItem(ItemView view, String stem, String fragment, List<ClozePart> clozeParts,
        String before, String wrong, String after) {

    /** Either plain text or a gap (numbered from 1 in reading order, for its label). */
    public record ClozePart(String text, ItemView.Gap gap, int number) {
        public boolean hasGap() {
            return gap != null;
        }
    }

    public static RenderedItem of(ItemView view, String language) {
        String stem = view.stem().in(language);
        String fragment = switch (view.type()) {
            case SINGLE_CHOICE -> "singleChoice";
            case MULTIPLE_CHOICE -> "multipleChoice";
            case CLOZE -> "cloze";
            case SPOT_THE_ERROR -> "spotTheError";
            case CORRECT_THE_ERROR -> "correctTheError";
            case REORDER -> "reorder";
            case MATCHING -> "matching";
            case SHORT_ANSWER -> "shortAnswer";
            case ESSAY -> "essay";
        };
        List<ClozePart> parts = List.of();
        String before = null;
        String wrong = null;
        String after = null;
        if (view.body() instanceof ItemView.Cloze cloze) {
            parts = clozeParts(cloze);
        } else if (view.body() instanceof ItemView.CorrectTheError correct) {
            int at = correct.sentence().indexOf(correct.wrongSegment());
            before = correct.sentence().substring(0, at);
            wrong = correct.wrongSegment();
            after = correct.sentence().substring(at + wrong.length());
        }
        return new RenderedItem(view, stem, fragment, parts, before, wrong, after);
    }

    private static List<ClozePart> clozeParts(ItemView.Cloze cloze) {
        List<ClozePart> parts = new ArrayList<>();
        Matcher matcher = AnswerSpec.Cloze.GAP_MARKER.matcher(cloze.text());
        int last = 0;
        int number = 0;
        while (matcher.find()) {
            if (matcher.start() > last) {
                parts.add(new ClozePart(cloze.text().substring(last, matcher.start()), null, 0));
            }
            int id = Integer.parseInt(matcher.group(1));
            ItemView.Gap gap = cloze.gaps().stream().filter(g -> g.id() == id).findFirst()
                    .orElse(new ItemView.Gap(id, List.of()));
            parts.add(new ClozePart(null, gap, ++number));
            last = matcher.end();
        }
        if (last < cloze.text().length()) {
            parts.add(new ClozePart(cloze.text().substring(last), null, 0));
        }
        return List.copyOf(parts);
    }
}

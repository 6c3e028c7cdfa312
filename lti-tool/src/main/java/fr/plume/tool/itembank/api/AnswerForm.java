package fr.plume.tool.itembank.api;

import fr.plume.framework.content.ItemView;
import fr.plume.framework.content.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the fields posted by the renderers ({@code templates/itembank/renderers.html}) into a
 * {@link Response} in display indices. Anything malformed (an index out of range, text in a number
 * field) is kept as an out-of-range index so the scorer marks it wrong; a missing answer is reported
 * as {@link Incomplete} so the page can ask again without saving anything.
 */
public final class AnswerForm {

    public static final String CHOICE = "choice";
    public static final String GAP = "gap-";
    public static final String SEGMENT = "segment";
    public static final String NO_ERROR = "none";
    public static final String CORRECTION = "correction";
    public static final String POSITION = "position-";
    public static final String MATCH = "match-";
    public static final String ANSWER = "answer";
    public static final String ESSAY = "essay";

    private AnswerForm() {
    }

    public sealed interface Capture {
    }

    public record Captured(Response response) implements Capture {
    }

    /** @param messageKey the message telling the candidate what is missing (bundle {@code itembank}) */
    public record Incomplete(String messageKey) implements Capture {
    }

    public static Capture read(ItemView view, Map<String, List<String>> fields) {
        ItemView.Body body = view.body();
        if (body instanceof ItemView.Choices choices) {
            List<String> given = values(fields, CHOICE);
            if (given.isEmpty()) {
                return new Incomplete(choices.multiple() ? "itembank.missing.choices" : "itembank.missing.choice");
            }
            if (!choices.multiple()) {
                return new Captured(new Response.SingleChoice(index(given.get(0))));
            }
            Set<Integer> selected = new HashSet<>();
            given.forEach(value -> selected.add(index(value)));
            return new Captured(new Response.MultipleChoice(selected));
        }
        if (body instanceof ItemView.Cloze cloze) {
            Map<Integer, Response.GapResponse> gaps = new HashMap<>();
            for (ItemView.Gap gap : cloze.gaps()) {
                String value = first(fields, GAP + gap.id());
                if (value.isBlank()) {
                    return new Incomplete("itembank.missing.gaps");
                }
                gaps.put(gap.id(), gap.typed() ? new Response.TypedGap(value) : new Response.SelectedGap(index(value)));
            }
            return new Captured(new Response.Cloze(gaps));
        }
        if (body instanceof ItemView.SpotTheError) {
            String value = first(fields, SEGMENT);
            if (value.isBlank()) {
                return new Incomplete("itembank.missing.segment");
            }
            return new Captured(NO_ERROR.equals(value) ? Response.SpotTheError.noError()
                    : Response.SpotTheError.segment(index(value)));
        }
        if (body instanceof ItemView.CorrectTheError) {
            String value = first(fields, CORRECTION);
            return value.isBlank() ? new Incomplete("itembank.missing.text")
                    : new Captured(new Response.CorrectTheError(value));
        }
        if (body instanceof ItemView.Reorder reorder) {
            List<Integer> order = new ArrayList<>();
            for (int position = 0; position < reorder.units().size(); position++) {
                String value = first(fields, POSITION + position);
                if (value.isBlank()) {
                    return new Incomplete("itembank.missing.positions");
                }
                order.add(index(value));
            }
            if (order.stream().distinct().count() != order.size()) {
                return new Incomplete("itembank.missing.distinct");
            }
            return new Captured(new Response.Reorder(order));
        }
        if (body instanceof ItemView.Matching matching) {
            Map<Integer, Integer> pairs = new HashMap<>();
            for (int left = 0; left < matching.left().size(); left++) {
                String value = first(fields, MATCH + left);
                if (value.isBlank()) {
                    return new Incomplete("itembank.missing.matches");
                }
                pairs.put(left, index(value));
            }
            return new Captured(new Response.Matching(pairs));
        }
        if (body instanceof ItemView.ShortAnswer) {
            String value = first(fields, ANSWER);
            return value.isBlank() ? new Incomplete("itembank.missing.text")
                    : new Captured(new Response.ShortAnswer(value));
        }
        String essay = first(fields, ESSAY);
        return essay.isBlank() ? new Incomplete("itembank.missing.text") : new Captured(new Response.Essay(essay));
    }

    private static List<String> values(Map<String, List<String>> fields, String name) {
        List<String> values = fields.get(name);
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    private static String first(Map<String, List<String>> fields, String name) {
        List<String> values = values(fields, name);
        return values.isEmpty() ? "" : values.get(0);
    }

    /** An unparsable index becomes -1, which every scorer treats as wrong. */
    private static int index(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

package fr.plume.sync.format;

import java.util.ArrayList;
import java.util.List;

/** What a question file yielded: the draft items, and the questions left aside with the reason. */
public record QuestionImport(List<DraftItem> items, List<Skipped> skipped) {

    public QuestionImport {
        items = List.copyOf(items);
        skipped = List.copyOf(skipped);
    }

    public record Skipped(String name, String reason) {
    }

    public QuestionImport plus(QuestionImport other) {
        List<DraftItem> i = new ArrayList<>(items);
        i.addAll(other.items);
        List<Skipped> s = new ArrayList<>(skipped);
        s.addAll(other.skipped);
        return new QuestionImport(i, s);
    }
}

package fr.plume.sync.format;

import java.util.ArrayList;
import java.util.List;

/**
 * What a question file yielded: the draft items, the questions left aside with the reason, and
 * warnings about questions imported with something missing.
 */
public record QuestionImport(List<DraftItem> items, List<Skipped> skipped, List<Warning> warnings) {

    public QuestionImport {
        items = List.copyOf(items);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }

    public QuestionImport(List<DraftItem> items, List<Skipped> skipped) {
        this(items, skipped, List.of());
    }

    public record Skipped(String name, String reason) {
    }

    /** Something of question {@code name} was not imported, although the question was. */
    public record Warning(String name, String message) {

        @Override
        public String toString() {
            return "question « " + name + " » : " + message;
        }
    }

    public QuestionImport plus(QuestionImport other) {
        List<DraftItem> i = new ArrayList<>(items);
        i.addAll(other.items);
        List<Skipped> s = new ArrayList<>(skipped);
        s.addAll(other.skipped);
        List<Warning> w = new ArrayList<>(warnings);
        w.addAll(other.warnings);
        return new QuestionImport(i, s, w);
    }
}

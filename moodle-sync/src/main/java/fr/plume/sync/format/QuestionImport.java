package fr.plume.sync.format;

import fr.plume.sync.i18n.Phrase;
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

    /** A question left aside, and why. */
    public record Skipped(String name, Phrase why) {

        public String reason() {
            return why.french();
        }
    }

    /** Something of question {@code name} was not imported, although the question was. */
    public record Warning(String name, Phrase why) {

        public String message() {
            return why.french();
        }

        public Phrase phrase() {
            return Phrase.of("questions.warning", name, why);
        }

        @Override
        public String toString() {
            return phrase().french();
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

package fr.plume.framework.content;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One assessment item. Items of the same {@code family} test the same rule with different sentences
 * ({@code variant} 1, 2…), so a test never shows two of them to the same candidate.
 */
public record Item(
        UUID id,
        String family,
        int variant,
        ItemType type,
        String competency,
        int level,
        ItemText stem,
        AnswerSpec answer,
        ItemText feedback,
        ItemText explanation,
        IrtPrior irt,
        Accessibility accessibility,
        MatchingPolicy matching,
        String licence,
        List<String> authors,
        ItemStatus status) {

    public static final int MIN_LEVEL = 1;
    public static final int MAX_LEVEL = 6;

    public Item {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(competency, "competency");
        Objects.requireNonNull(stem, "stem");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(feedback, "feedback");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(irt, "irt");
        Objects.requireNonNull(accessibility, "accessibility");
        Objects.requireNonNull(matching, "matching");
        Objects.requireNonNull(licence, "licence");
        Objects.requireNonNull(status, "status");
        authors = List.copyOf(authors);
        if (variant < 1) {
            throw new IllegalArgumentException("variant must be at least 1: " + variant);
        }
        if (level < MIN_LEVEL || level > MAX_LEVEL) {
            throw new IllegalArgumentException("level must be in 1..6: " + level);
        }
        if (answer.type() != type) {
            throw new IllegalArgumentException("answer of type " + answer.type() + " for an item of type " + type);
        }
    }

    /** Typed wrong answers the scorer must reject (see {@link AnswerSpec#rejectedExamples()}). */
    public List<String> rejectedExamples() {
        return answer.rejectedExamples();
    }

    public boolean needsHumanMarking() {
        return type == ItemType.ESSAY;
    }
}

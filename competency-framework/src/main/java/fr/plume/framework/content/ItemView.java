package fr.plume.framework.content;

import java.util.List;
import java.util.UUID;

/**
 * What the browser receives to render an item: the stem and the material in display order, never the key,
 * the feedback or the explanation. Indices in a response to this view refer to the display order.
 */
public record ItemView(UUID id, ItemType type, String competency, ItemText stem, Body body) {

    public sealed interface Body {
    }

    public record Choices(List<String> options, boolean multiple) implements Body {
        public Choices {
            options = List.copyOf(options);
        }
    }

    /** The text keeps its {@code [[id]]} markers; a gap with no options is typed. */
    public record Cloze(String text, List<Gap> gaps) implements Body {
        public Cloze {
            gaps = List.copyOf(gaps);
        }
    }

    public record Gap(int id, List<String> options) {
        public Gap {
            options = List.copyOf(options);
        }

        public boolean typed() {
            return options.isEmpty();
        }
    }

    /** Segments in sentence order; the renderer always adds the choice "Il n'y a pas d'erreur". */
    public record SpotTheError(List<String> segments) implements Body {
        public static final String NO_ERROR_LABEL = "Il n’y a pas d’erreur";

        public SpotTheError {
            segments = List.copyOf(segments);
        }
    }

    public record CorrectTheError(String sentence, String wrongSegment) implements Body {
    }

    /** Units shuffled, never in a correct order. */
    public record Reorder(List<String> units) implements Body {
        public Reorder {
            units = List.copyOf(units);
        }
    }

    public record Matching(List<String> left, List<String> right) implements Body {
        public Matching {
            left = List.copyOf(left);
            right = List.copyOf(right);
        }
    }

    public record ShortAnswer() implements Body {
    }

    public record Essay(List<RubricCriterion> rubric, int minWords, int maxWords) implements Body {
        public Essay {
            rubric = List.copyOf(rubric);
        }
    }
}

package fr.plume.tool.assessment.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A text written by a student in a writing session, to be marked by the course's teaching team
 * with the item's rubric. {@link #toString()} leaves the text out, so it cannot reach a log by accident.
 *
 * @param marks null until a teacher marks it
 */
public record Essay(UUID attemptId, int position, UUID memberId, UUID userId, UUID contextId, UUID itemId, String text,
        int wordCount, Instant submittedAt, Marks marks) {

    /** @param points one value per rubric criterion, in the rubric's order */
    public record Marks(List<Integer> points, int total, int maximum, UUID markedBy, Instant markedAt) {
        public Marks {
            points = List.copyOf(points);
        }
    }

    public Essay {
        Objects.requireNonNull(text, "text");
    }

    public boolean marked() {
        return marks != null;
    }

    /** Words as a reader counts them: runs of letters, digits, apostrophes or hyphens. */
    public static int countWords(String text) {
        return (int) java.util.regex.Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*").matcher(text).results().count();
    }

    @Override
    public String toString() {
        return "Essay[attempt=" + attemptId + ", position=" + position + ", words=" + wordCount + ", marked="
                + marked() + "]";
    }
}

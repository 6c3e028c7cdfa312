package fr.plume.sync.format;

/**
 * An answer option. {@code fraction} is Moodle's credit in [-1, 1] (1 = fully right); for
 * gap types {@code group} is the gap group (Moodle's {@code <group>}), and the n-th choice is
 * the right one for placeholder {@code [[n]]}.
 */
public record Choice(String text, double fraction, String feedback, int group) {

    public Choice {
        text = Text.canonical(text);
        feedback = Text.canonical(feedback);
    }

    public static Choice of(String text, double fraction) {
        return new Choice(text, fraction, "", 0);
    }

    public boolean correct() {
        return fraction > 0;
    }
}

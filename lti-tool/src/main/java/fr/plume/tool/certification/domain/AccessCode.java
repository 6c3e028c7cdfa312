package fr.plume.tool.certification.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The six characters candidates type to join a session. The alphabet leaves out the characters
 * people confuse when reading them aloud or from a board (0/O, 1/I/L, 2/Z, 5/S, 8/B), so a code
 * read from the room's board is typed right the first time.
 */
public record AccessCode(String value) {

    public static final String ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
    public static final int LENGTH = 6;

    public AccessCode {
        if (!wellFormed(value)) {
            throw new IllegalArgumentException("not an access code");
        }
    }

    public static AccessCode random(RandomGenerator random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new AccessCode(code.toString());
    }

    /** What a person typed, without spaces or dashes and in capitals, when it can be a code. */
    public static Optional<AccessCode> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String cleaned = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return wellFormed(cleaned) ? Optional.of(new AccessCode(cleaned)) : Optional.empty();
    }

    private static boolean wellFormed(String value) {
        if (value == null || value.length() != LENGTH) {
            return false;
        }
        return value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }
}

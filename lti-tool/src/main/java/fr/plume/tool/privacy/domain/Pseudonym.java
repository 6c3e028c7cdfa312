package fr.plume.tool.privacy.domain;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What replaces an erased person's identifiers: random, so it cannot be computed back from the
 * platform id or the name (a hash of them could be, by anyone holding a list of names).
 */
public record Pseudonym(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "erased-";

    public Pseudonym {
        Objects.requireNonNull(value);
        if (!value.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a pseudonym");
        }
    }

    public static Pseudonym random() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return new Pseudonym(PREFIX + HexFormat.of().formatHex(bytes));
    }

    /** Whether a platform id is already a pseudonym (the person was erased). */
    public static boolean is(String subject) {
        return subject != null && subject.startsWith(PREFIX);
    }

    @Override
    public String toString() {
        return value;
    }
}

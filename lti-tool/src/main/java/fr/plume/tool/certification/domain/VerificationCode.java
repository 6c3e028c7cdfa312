package fr.plume.tool.certification.domain;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * A certificate's public verification code: 65 random bits (13 Crockford base32 symbols) and
 * Crockford's mod-37 check symbol, never derived from the holder. Being prime, 37 catches every
 * single wrong symbol and every swap of two neighbours. People may type it in lower case, with
 * hyphens or spaces, and with I/L for 1 and O for 0 (Crockford's decoding rules).
 */
public record VerificationCode(String value) {

    static final String SYMBOLS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final String CHECK_SYMBOLS = SYMBOLS + "*~$=U";
    static final int DATA_SYMBOLS = 13;
    public static final int RANDOM_BITS = DATA_SYMBOLS * 5;

    public VerificationCode {
        if (value == null || value.length() != DATA_SYMBOLS + 1
                || !value.substring(0, DATA_SYMBOLS).chars().allMatch(c -> SYMBOLS.indexOf(c) >= 0)
                || checkSymbol(value.substring(0, DATA_SYMBOLS)) != value.charAt(DATA_SYMBOLS)) {
            throw new IllegalArgumentException("not a normalised verification code");
        }
    }

    /** A new code from {@code random} (65 bits). */
    public static VerificationCode random(SecureRandom random) {
        StringBuilder data = new StringBuilder(DATA_SYMBOLS + 1);
        for (int i = 0; i < DATA_SYMBOLS; i++) {
            data.append(SYMBOLS.charAt(random.nextInt(32)));
        }
        return new VerificationCode(data.append(checkSymbol(data)).toString());
    }

    /** How a typed code reads: well formed, wrong check symbol (a typo), or not a code at all. */
    public enum Reading { VALID, TYPO, MALFORMED }

    public record Parsed(Reading reading, VerificationCode code) {
    }

    public static Parsed parse(String typed) {
        if (typed == null || typed.length() > 40) {
            return new Parsed(Reading.MALFORMED, null);
        }
        String normalised = normalise(typed);
        if (normalised.length() != DATA_SYMBOLS + 1) {
            return new Parsed(Reading.MALFORMED, null);
        }
        String data = normalised.substring(0, DATA_SYMBOLS);
        char check = normalised.charAt(DATA_SYMBOLS);
        if (!data.chars().allMatch(c -> SYMBOLS.indexOf(c) >= 0) || CHECK_SYMBOLS.indexOf(check) < 0) {
            return new Parsed(Reading.MALFORMED, null);
        }
        if (checkSymbol(data) != check) {
            return new Parsed(Reading.TYPO, null);
        }
        return new Parsed(Reading.VALID, new VerificationCode(normalised));
    }

    /** Groups of four for people: {@code ABCD-EFGH-JKMN-PQ}. */
    public String grouped() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i += 4) {
            if (i > 0) {
                out.append('-');
            }
            out.append(value, i, Math.min(value.length(), i + 4));
        }
        return out.toString();
    }

    private static String normalise(String typed) {
        StringBuilder out = new StringBuilder(typed.length());
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case '-', ' ' -> { }
                case 'I', 'L' -> out.append('1');
                case 'O' -> out.append('0');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static char checkSymbol(CharSequence data) {
        int remainder = 0;
        for (int i = 0; i < data.length(); i++) {
            remainder = (remainder * 32 + SYMBOLS.indexOf(data.charAt(i))) % 37;
        }
        return CHECK_SYMBOLS.charAt(remainder);
    }

    @Override
    public String toString() {
        return value;
    }
}

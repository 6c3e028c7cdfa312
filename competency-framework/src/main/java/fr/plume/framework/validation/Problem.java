package fr.plume.framework.validation;

import java.util.Objects;

/**
 * One thing wrong with a framework or an imported file.
 *
 * @param code     stable reason code people can quote to support, e.g. {@code FW-DUPLICATE-CODE}
 * @param location where it is, in the words of the source: {@code feuille « Compétences », ligne 4, colonne C},
 *                 a JSON pointer such as {@code /CFItems/3/identifier}, or {@code ligne 12}
 * @param message  what is wrong and how to fix it, in French
 */
public record Problem(String code, String location, String message) {

    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return location.isEmpty() ? message + " [" + code + "]" : location + " : " + message + " [" + code + "]";
    }
}

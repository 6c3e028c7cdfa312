package fr.plume.sync.format;

import fr.plume.sync.i18n.Localized;
import fr.plume.sync.i18n.Phrase;

/** An input file could not be read; nothing of it was imported. The message says where and why. */
public class FormatException extends RuntimeException implements Localized {

    private final Phrase phrase;

    public FormatException(Phrase phrase, Throwable cause) {
        super(phrase.french(), cause);
        this.phrase = phrase;
    }

    public FormatException(Phrase phrase) {
        this(phrase, null);
    }

    public FormatException(String message) {
        this(Phrase.literal(message), null);
    }

    public FormatException(String message, Throwable cause) {
        this(Phrase.literal(message), cause);
    }

    @Override
    public Phrase phrase() {
        return phrase;
    }
}

package fr.plume.sync.i18n;

/** An input given by the user (a file, an option) is not usable; the message says why, in the reader's language. */
public class LocalizedArgumentException extends IllegalArgumentException implements Localized {

    private final Phrase phrase;

    public LocalizedArgumentException(Phrase phrase) {
        super(phrase.french());
        this.phrase = phrase;
    }

    public LocalizedArgumentException(Phrase phrase, Throwable cause) {
        super(phrase.french(), cause);
        this.phrase = phrase;
    }

    @Override
    public Phrase phrase() {
        return phrase;
    }
}

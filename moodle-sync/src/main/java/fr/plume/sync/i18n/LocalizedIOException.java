package fr.plume.sync.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;

/** A file could not be read or written; the message names it, in its reader's language. */
public class LocalizedIOException extends UncheckedIOException implements Localized {

    private final Phrase phrase;

    public LocalizedIOException(Phrase phrase, IOException cause) {
        super(phrase.french(), cause);
        this.phrase = phrase;
    }

    @Override
    public Phrase phrase() {
        return phrase;
    }
}

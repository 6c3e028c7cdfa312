package fr.plume.sync.moodle;

import fr.plume.sync.i18n.Localized;
import fr.plume.sync.i18n.Phrase;

/** The site could not be reached or answered something that is not a web service reply. */
public class MoodleTransportException extends RuntimeException implements Localized {

    private final Phrase phrase;

    public MoodleTransportException(Phrase phrase, Throwable cause) {
        super(phrase.french(), cause);
        this.phrase = phrase;
    }

    public MoodleTransportException(Phrase phrase) {
        this(phrase, null);
    }

    public MoodleTransportException(String message, Throwable cause) {
        this(Phrase.literal(message), cause);
    }

    public MoodleTransportException(String message) {
        this(Phrase.literal(message), null);
    }

    @Override
    public Phrase phrase() {
        return phrase;
    }
}

package fr.plume.sync.job;

import fr.plume.sync.i18n.Localized;
import fr.plume.sync.i18n.Phrase;

/** The member's Moodle lacks something only its administrator can provide (a scale, a setting). */
public class SiteNotReadyException extends RuntimeException implements Localized {

    private final Phrase phrase;

    public SiteNotReadyException(String message) {
        this(Phrase.literal(message));
    }

    public SiteNotReadyException(Phrase phrase) {
        super(phrase.french());
        this.phrase = phrase;
    }

    @Override
    public Phrase phrase() {
        return phrase;
    }

    public static SiteNotReadyException missingScale(String site, long scaleId, Phrase detail) {
        return new SiteNotReadyException(Phrase.of("error.missingScale", site, scaleId, detail));
    }
}

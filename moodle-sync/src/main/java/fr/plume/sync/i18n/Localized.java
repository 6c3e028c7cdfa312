package fr.plume.sync.i18n;

/** An error whose message can be shown in its reader's language; {@link Throwable#getMessage()} is the French one. */
public interface Localized {

    Phrase phrase();
}

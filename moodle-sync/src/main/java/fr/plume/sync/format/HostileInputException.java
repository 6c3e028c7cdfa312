package fr.plume.sync.format;

import fr.plume.sync.i18n.Phrase;

/** The input looks crafted to harm the reader (DTD, entities, oversize, path tricks): refused whole. */
public class HostileInputException extends FormatException {

    public HostileInputException(String message) {
        super(message);
    }

    public HostileInputException(Phrase phrase) {
        super(phrase);
    }
}

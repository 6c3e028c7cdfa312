package fr.plume.sync.format;

/** The input looks crafted to harm the reader (DTD, entities, oversize, path tricks): refused whole. */
public class HostileInputException extends FormatException {

    public HostileInputException(String message) {
        super(message);
    }
}

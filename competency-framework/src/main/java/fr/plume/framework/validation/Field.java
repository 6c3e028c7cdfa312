package fr.plume.framework.validation;

/** The part of a framework element a problem is about; each format turns it into a column or a property. */
public enum Field {
    IDNUMBER, CODE, VERSION, TITLE, DESCRIPTION, LICENCE, LEVEL, TEXT, CHILDREN
}

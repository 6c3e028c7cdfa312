package fr.plume.tool.assessment.engine.cat;

/** The three uses of the bank (DESIGN §6). */
public enum TestMode {
    /** Placement: adaptive, stops on precision, reports a level per competency. */
    DIAGNOSTIC,
    /** Practice: the caller chooses competencies and may stop whenever it likes. */
    FORMATIVE,
    /** Certifying: fixed length, content balanced over every competency. */
    CERTIFICATION
}

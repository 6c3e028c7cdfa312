package fr.plume.tool.assessment.engine.cat;

/** The uses of the bank (DESIGN §6), and the mock certification (issue 17). */
public enum TestMode {
    /** Placement: adaptive, stops on precision, reports a level per competency. */
    DIAGNOSTIC,
    /** Practice: the caller chooses competencies and may stop whenever it likes. */
    FORMATIVE,
    /** Certifying: fixed length, content balanced over every competency. */
    CERTIFICATION,
    /**
     * Mock certification ("examen blanc"): the certification's blueprint and time limit, as often
     * as the student likes, no certificate; drawn from the practice pool so it never shows an item
     * of the certification pool.
     */
    MOCK_CERTIFICATION;

    /** Sat under the certification's blueprint and time limit (the certification and its mock). */
    public boolean certificationLike() {
        return this == CERTIFICATION || this == MOCK_CERTIFICATION;
    }
}

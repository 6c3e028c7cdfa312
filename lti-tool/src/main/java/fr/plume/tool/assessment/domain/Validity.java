package fr.plume.tool.assessment.domain;

import fr.plume.tool.assessment.engine.cat.TestMode;

/**
 * Whether a finished attempt counts. A certifying attempt needs at least {@value #MIN_CERTIFYING_ANSWERS}
 * answered items when it ends, whatever ended it (time up, stopped, no item left): below that it is
 * invalid, keeps its answers, and sends no score. Diagnostic and practice attempts are always valid.
 *
 * @param reason why it is invalid ({@link #TOO_FEW_ANSWERS}); null when valid
 */
public record Validity(boolean valid, String reason) {

    public static final int MIN_CERTIFYING_ANSWERS = 30;
    public static final String TOO_FEW_ANSWERS = "TOO_FEW_ANSWERS";
    public static final Validity VALID = new Validity(true, null);

    public Validity {
        if (valid != (reason == null)) {
            throw new IllegalArgumentException("an invalid attempt needs a reason, a valid one has none");
        }
    }

    public static Validity of(TestMode mode, int answered) {
        if (mode == TestMode.CERTIFICATION && answered < MIN_CERTIFYING_ANSWERS) {
            return new Validity(false, TOO_FEW_ANSWERS);
        }
        return VALID;
    }

    public String messageKey() {
        return "assessment.result.invalid." + reason;
    }
}

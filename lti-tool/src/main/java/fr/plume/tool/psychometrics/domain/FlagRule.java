package fr.plume.tool.psychometrics.domain;

/**
 * The rules that flag an item for a psychometrician's review; each flag names its rule, whose
 * threshold is documented in docs/psychometrics.md and shown on the page (i18n key
 * {@code psychometrics.flag.<code>}).
 */
public enum FlagRule {
    /** Fewer responses than the calibration's minimum (200): nothing else is trusted. */
    TOO_FEW_RESPONSES("too-few-responses"),
    /** Proportion correct below 0.05 or above 0.95: the item tells little about most candidates. */
    EXTREME_DIFFICULTY("extreme-difficulty"),
    /** Point-biserial with θ̂ below 0.15 (the engine's calibration rule). */
    LOW_POINT_BISERIAL("low-point-biserial"),
    /** Discrimination a below 0.3 (the engine's calibration rule). */
    LOW_DISCRIMINATION("low-discrimination"),
    /** Orlando–Thissen S-X² significant at 1 %. */
    MISFIT("misfit"),
    /** |Δb| ≥ 0.3 between the current and the new version, and significant at 1 % when both SEs are known. */
    DRIFT("drift"),
    /** A distractor chosen by fewer than 5 % of candidates (Haladyna &amp; Downing, 1993): it does not work. */
    UNUSED_DISTRACTOR("unused-distractor"),
    /** A distractor whose choice correlates positively with θ̂: it attracts able candidates (a second key?). */
    DISTRACTOR_ATTRACTS_ABLE("distractor-attracts-able"),
    /** Mantel–Haenszel ETS category B or C, or non-uniform DIF by logistic regression. */
    DIF("dif");

    private final String code;

    FlagRule(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}

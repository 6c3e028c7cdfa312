package fr.plume.tool.certification.domain;

/** The jury's decision on a candidate: the automatic jury sets the first two, the officer the last two. */
public enum Decision {
    /** The session is not finalised yet. */
    PENDING,
    /** Invalid sitting (absent, too few answers once neutralised items are taken out): no certificate. */
    NO_CERTIFICATE,
    /** Valid: awaiting the officer. */
    TO_REVIEW,
    REJECTED,
    PUBLISHED
}

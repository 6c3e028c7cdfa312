package fr.plume.tool.certification.domain;

/** A member university jury's decision on one of its candidates. */
public enum MemberJuryVerdict {
    /** The member's jury endorses the result: the officer may publish it. */
    ENDORSED,
    /** The member's jury defers the result, with a reason: the officer may not publish it. */
    DEFERRED
}

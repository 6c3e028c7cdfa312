package fr.plume.tool.shared.domain;

/**
 * The one maximum of the grades the tool reports to platforms (AGS {@code scoreMaximum}): the
 * line items it places carry it and the scores it sends are on it, the same scale as the score a
 * student reads on the result page, so a gradebook column and its cells never disagree.
 */
public final class GradeScale {

    public static final int MAXIMUM = 1000;

    private GradeScale() {
    }
}

package fr.plume.tool.identity.domain;

/** Roles granted inside the tool to accounts that sign in directly (not by LTI launch). */
public enum ToolRole {
    CONSORTIUM_ADMIN,
    CERTIFICATION_OFFICER,
    AUTHOR,
    /** Calibration runs, parameter versions, item analysis and fairness reports (issue 16). */
    PSYCHOMETRICIAN,
    /** An administrator of one member (the account's member): sees that member's usage only. */
    MEMBER_ADMIN
}

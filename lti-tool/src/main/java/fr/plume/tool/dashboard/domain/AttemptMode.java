package fr.plume.tool.dashboard.domain;

/** The three modes of an attempt (DESIGN §6), as the usage report counts them. */
public enum AttemptMode {
    DIAGNOSTIC,
    FORMATIVE,
    CERTIFICATION
}

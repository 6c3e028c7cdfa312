package fr.plume.tool.assessment.api;

/** The modes whose completed attempts report competency levels others may act on. */
public enum ResultMode {
    DIAGNOSTIC,
    CERTIFICATION
}

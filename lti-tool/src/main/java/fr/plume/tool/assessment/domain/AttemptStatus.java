package fr.plume.tool.assessment.domain;

public enum AttemptStatus {
    IN_PROGRESS,
    COMPLETED
}

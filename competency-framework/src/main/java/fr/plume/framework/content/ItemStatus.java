package fr.plume.framework.content;

public enum ItemStatus {
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    RETIRED
}

package fr.plume.framework.content;

public enum ItemType {
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    CLOZE,
    SPOT_THE_ERROR,
    CORRECT_THE_ERROR,
    REORDER,
    MATCHING,
    SHORT_ANSWER,
    ESSAY
}

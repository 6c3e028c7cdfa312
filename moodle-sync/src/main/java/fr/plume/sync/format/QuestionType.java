package fr.plume.sync.format;

/** Question types a draft item can have, with the Moodle qtype each one comes from. */
public enum QuestionType {
    SINGLE_CHOICE("multichoice"),
    MULTIPLE_CHOICE("multichoice"),
    TRUE_FALSE("truefalse"),
    SHORT_ANSWER("shortanswer"),
    CLOZE("multianswer"),
    GAP_SELECT("gapselect"),
    DRAG_DROP_WORDS("ddwtos"),
    MATCHING("match"),
    ESSAY("essay");

    private final String moodleType;

    QuestionType(String moodleType) {
        this.moodleType = moodleType;
    }

    public String moodleType() {
        return moodleType;
    }
}

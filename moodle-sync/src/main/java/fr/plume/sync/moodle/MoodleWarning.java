package fr.plume.sync.moodle;

/** One entry of the {@code warnings[]} array many Moodle functions return (external_warnings). */
public record MoodleWarning(String function, String item, String itemId, String warningCode, String message) {

    @Override
    public String toString() {
        return function + " : " + warningCode + " (" + item + " " + itemId + ") " + message;
    }
}

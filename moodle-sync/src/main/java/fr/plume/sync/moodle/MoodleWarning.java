package fr.plume.sync.moodle;

import fr.plume.sync.i18n.Phrase;

/** One entry of the {@code warnings[]} array many Moodle functions return (external_warnings). */
public record MoodleWarning(String function, String item, String itemId, String warningCode, String message) {

    /** The warning as a report shows it: what Moodle said, as Moodle wrote it. */
    public Phrase phrase() {
        return Phrase.of("moodle.warning", function, warningCode, item, itemId, message);
    }

    @Override
    public String toString() {
        return phrase().french();
    }
}

package fr.plume.tool.itembank.application;

import fr.plume.framework.content.ItemType;

/** An example answer key per item type, in the bank's format, that a new item starts from. */
final class AnswerTemplates {

    private AnswerTemplates() {
    }

    static String of(ItemType type) {
        return switch (type == null ? ItemType.SINGLE_CHOICE : type) {
            case SINGLE_CHOICE -> """
                    {"options": ["réponse juste", "distracteur", "autre distracteur"], "correct": 0}""";
            case MULTIPLE_CHOICE -> """
                    {"options": ["juste", "juste aussi", "faux"], "correct": [0, 1]}""";
            case CLOZE -> """
                    {"text": "Ils se sont [[1]] à l'heure.",
                     "gaps": [{"id": 1, "mode": "SELECT", "options": ["levés", "levé", "levées"], "correct": 0}]}""";
            case SPOT_THE_ERROR -> """
                    {"segments": ["Les enfants ", "sont allés ", "au parc."], "errorSegment": null}""";
            case CORRECT_THE_ERROR -> """
                    {"sentence": "Je vous est écrit hier.", "wrongSegment": "est",
                     "accepted": ["Je vous ai écrit hier."], "rejectedExamples": ["Je vous es écrit hier."]}""";
            case REORDER -> """
                    {"units": ["Je", "ne", "sais", "pas"], "alsoAccepted": []}""";
            case MATCHING -> """
                    {"left": ["a", "à"], "right": ["verbe avoir", "préposition"], "pairs": [[0, 0], [1, 1]]}""";
            case SHORT_ANSWER -> """
                    {"accepted": ["aujourd'hui"], "rejectedExamples": ["aujourdhui"]}""";
            case ESSAY -> """
                    {"rubric": [{"criterion": {"fr": "Cohérence"}, "maxPoints": 4}], "minWords": 80, "maxWords": 200}""";
        };
    }
}

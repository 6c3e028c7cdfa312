package fr.plume.sync.format;

import java.util.List;

/**
 * One embedded answer of a Moodle cloze question ({@code {weight:KIND:answers}}, see Moodle's
 * "Embedded answers (Cloze)" syntax).
 *
 * @param kind SHORTANSWER, SHORTANSWER_C, MULTICHOICE, MULTICHOICE_V, MULTICHOICE_H, MULTIRESPONSE,
 *             NUMERICAL … as written (short forms such as SA or MC normalised to the long name)
 */
public record ClozeGap(int index, int weight, String kind, List<Choice> choices) {

    public ClozeGap {
        choices = List.copyOf(choices);
    }
}

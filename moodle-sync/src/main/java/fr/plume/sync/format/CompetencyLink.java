package fr.plume.sync.format;

import java.util.UUID;

/**
 * A link from a resource or draft item to a framework competency.
 *
 * @param code     the competency code ("2.3")
 * @param idnumber its stable UUID, when known
 * @param how      how the link was found, for the author reviewing it
 */
public record CompetencyLink(String code, UUID idnumber, How how) implements Comparable<CompetencyLink> {

    public enum How { EXPLICIT_ALIGNMENT, IDNUMBER, TAG, KEYWORD_RULE }

    @Override
    public int compareTo(CompetencyLink o) {
        return code.compareTo(o.code);
    }
}

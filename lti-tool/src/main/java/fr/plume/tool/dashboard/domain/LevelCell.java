package fr.plume.tool.dashboard.domain;

/**
 * A level 1–6 with its uncertainty as assessment reports it: RELIABLE, TO_CONFIRM, or INDICATIVE
 * (no item of the competency answered: the level comes from the other competencies).
 */
public record LevelCell(int level, String certainty) {

    public boolean reliable() {
        return "RELIABLE".equals(certainty);
    }

    public boolean indicative() {
        return "INDICATIVE".equals(certainty);
    }

    public String certaintyKey() {
        return "class.certainty." + certainty;
    }
}

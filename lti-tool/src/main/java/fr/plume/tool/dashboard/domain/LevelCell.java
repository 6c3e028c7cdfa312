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

    /** The heatmap cell's classes: its level's colour and its certainty's pattern. */
    public String cssClass() {
        return "lvl lvl-" + level + " cert-" + certainty;
    }

    /** The visible mark of a level that is not reliable: ~ indicative, ? to confirm; none when reliable. */
    public String mark() {
        return reliable() ? null : indicative() ? "~" : "?";
    }
}

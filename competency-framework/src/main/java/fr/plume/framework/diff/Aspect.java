package fr.plume.framework.diff;

/** What changed in a domain or competency matched across two versions. */
public enum Aspect {
    CODE("code"),
    TITLE("titre"),
    DESCRIPTION("description"),
    DOMAIN("domaine"),
    POSITION("position"),
    LEVELS("descripteurs de niveau");

    private final String frenchLabel;

    Aspect(String frenchLabel) {
        this.frenchLabel = frenchLabel;
    }

    public String frenchLabel() {
        return frenchLabel;
    }
}

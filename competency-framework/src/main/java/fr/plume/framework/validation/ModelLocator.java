package fr.plume.framework.validation;

/**
 * Says where an element of the model came from, so that problems point into the source file.
 * Indexes are zero-based positions in the model lists.
 */
public interface ModelLocator {

    String framework(Field field);

    String domain(int domainIndex, Field field);

    String competency(int domainIndex, int competencyIndex, Field field);

    String level(int domainIndex, int competencyIndex, int levelIndex, Field field);

    /** Locations described by position in the model, for frameworks built in code. */
    static ModelLocator byPosition() {
        return new PositionLocator();
    }
}

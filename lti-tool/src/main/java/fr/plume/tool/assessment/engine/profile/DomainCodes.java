package fr.plume.tool.assessment.engine.profile;

/**
 * The domain a competency belongs to. Plume frameworks code competencies as
 * {@code domain.competency} ("2.3" is competency 3 of domain 2), so the domain is the part before
 * the last dot; a code without a dot is its own domain.
 */
public final class DomainCodes {

    private DomainCodes() {
    }

    public static String domainOf(String competencyCode) {
        int dot = competencyCode.lastIndexOf('.');
        return dot <= 0 ? competencyCode : competencyCode.substring(0, dot);
    }
}

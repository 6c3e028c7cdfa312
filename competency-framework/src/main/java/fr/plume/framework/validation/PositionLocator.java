package fr.plume.framework.validation;

final class PositionLocator implements ModelLocator {

    @Override
    public String framework(Field field) {
        return "référentiel" + suffix(field);
    }

    @Override
    public String domain(int domainIndex, Field field) {
        return "domaine n° " + (domainIndex + 1) + suffix(field);
    }

    @Override
    public String competency(int domainIndex, int competencyIndex, Field field) {
        return "domaine n° " + (domainIndex + 1) + ", compétence n° " + (competencyIndex + 1) + suffix(field);
    }

    @Override
    public String level(int domainIndex, int competencyIndex, int levelIndex, Field field) {
        return "domaine n° " + (domainIndex + 1) + ", compétence n° " + (competencyIndex + 1)
                + ", descripteur n° " + (levelIndex + 1) + suffix(field);
    }

    private static String suffix(Field field) {
        return switch (field) {
            case IDNUMBER -> ", identifiant";
            case CODE -> ", code";
            case VERSION -> ", version";
            case TITLE -> ", titre";
            case DESCRIPTION -> ", description";
            case LICENCE -> ", licence";
            case LEVEL -> ", niveau";
            case TEXT -> ", texte";
            case CHILDREN -> "";
        };
    }
}

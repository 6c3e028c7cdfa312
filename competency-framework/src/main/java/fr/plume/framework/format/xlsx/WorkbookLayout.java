package fr.plume.framework.format.xlsx;

import java.util.List;

/** Sheet names and column headers of the authoring workbook, shared by the writer and the reader. */
final class WorkbookLayout {

    static final String README = "Lisez-moi";
    static final String FRAMEWORK = "Référentiel";
    static final String DOMAINS = "Domaines";
    static final String COMPETENCIES = "Compétences";
    static final String LEVELS = "Niveaux";

    // "Référentiel" sheet: one field per row.
    static final String FIELD = "Champ";
    static final String VALUE = "Valeur";
    static final String HELP = "Aide";
    static final String F_IDNUMBER = "Identifiant (UUID)";
    static final String F_CODE = "Code";
    static final String F_VERSION = "Version";
    static final String F_TITLE_FR = "Titre (français)";
    static final String F_TITLE_EN = "Titre (anglais)";
    static final String F_DESCRIPTION_FR = "Description (français)";
    static final String F_DESCRIPTION_EN = "Description (anglais)";
    static final String F_LICENCE = "Licence";
    static final List<String> FRAMEWORK_FIELDS = List.of(F_IDNUMBER, F_CODE, F_VERSION, F_TITLE_FR, F_TITLE_EN,
            F_DESCRIPTION_FR, F_DESCRIPTION_EN, F_LICENCE);

    // Column headers of the list sheets.
    static final String DOMAIN_CODE = "Code du domaine";
    static final String COMPETENCY_CODE = "Code de la compétence";
    static final String CODE = "Code";
    static final String IDNUMBER = "Identifiant (UUID)";
    static final String TITLE_FR = "Titre (français)";
    static final String TITLE_EN = "Titre (anglais)";
    static final String DESCRIPTION_FR = "Description (français)";
    static final String DESCRIPTION_EN = "Description (anglais)";
    static final String LEVEL = "Niveau (1 à 6)";
    static final String DESCRIPTOR_FR = "Descripteur (français)";
    static final String DESCRIPTOR_EN = "Descripteur (anglais)";

    static final List<String> DOMAIN_COLUMNS = List.of(CODE, IDNUMBER, TITLE_FR, TITLE_EN, DESCRIPTION_FR, DESCRIPTION_EN);
    static final List<String> COMPETENCY_COLUMNS = List.of(DOMAIN_CODE, CODE, IDNUMBER, TITLE_FR, TITLE_EN,
            DESCRIPTION_FR, DESCRIPTION_EN);
    static final List<String> LEVEL_COLUMNS = List.of(COMPETENCY_CODE, LEVEL, DESCRIPTOR_FR, DESCRIPTOR_EN);

    /** Rows prepared with drop-down lists and checks for people who add lines. */
    static final int VALIDATED_ROWS = 2000;

    private WorkbookLayout() {
    }

    static String location(String sheet, int rowIndex, int columnIndex) {
        return "feuille « " + sheet + " », ligne " + (rowIndex + 1) + ", colonne "
                + org.apache.poi.ss.util.CellReference.convertNumToColString(columnIndex);
    }

    static String location(String sheet, int rowIndex) {
        return "feuille « " + sheet + " », ligne " + (rowIndex + 1);
    }
}

package fr.plume.framework.format.xlsx;

import java.util.List;

/** The "Lisez-moi" sheet: how to fill in the workbook, for people who are not programmers. */
final class ReadmeText {

    static final List<String> LINES = List.of(
            "Référentiel de compétences Plume — classeur de saisie",
            "Ce classeur décrit un référentiel : ses domaines, ses compétences et, pour chaque compétence, ce que sait faire une personne à chacun des six niveaux. Plume l'importe tel quel et le publie ensuite dans Moodle.",
            "",
            "Comment le remplir",
            "1. Feuille « Référentiel » : remplissez la colonne « Valeur » (code, version, titres, licence). Ne modifiez pas la colonne « Champ ».",
            "2. Feuille « Domaines » : une ligne par domaine, dans l'ordre d'affichage souhaité. Le code d'un domaine est court : 1, 2, 3…",
            "3. Feuille « Compétences » : une ligne par compétence, dans l'ordre souhaité. La première colonne donne le code du domaine (liste déroulante). Le code de la compétence commence par celui de son domaine suivi d'un point : 2.1, 2.2…",
            "4. Feuille « Niveaux » : six lignes par compétence, une pour chaque niveau de 1 (le plus élémentaire) à 6 (le plus expert). Chaque descripteur dit ce que la personne sait faire à ce niveau, de manière observable, et marque un progrès par rapport au niveau précédent.",
            "",
            "Règles à respecter",
            "• Le français est obligatoire pour chaque titre et chaque descripteur ; l'anglais est facultatif mais recommandé.",
            "• L'identifiant (UUID, par exemple 0b6c2f3e-5a1d-4c8e-9f7a-2d4b6e8c0a13) désigne un élément pour toujours : ne le modifiez jamais et ne le réutilisez jamais, même après avoir supprimé l'élément. Pour un nouvel élément, demandez un identifiant à l'équipe Plume ou utilisez un générateur d'UUID.",
            "• Les codes sont saisis comme du texte : 1.10 reste 1.10 (et ne devient pas 1.1). Chaque code n'est utilisé qu'une fois.",
            "• Version : MAJEUR.MINEUR.CORRECTIF (par exemple 1.2.0). Augmentez le CORRECTIF pour une coquille, le MINEUR pour un ajout, le MAJEUR quand le sens d'un niveau change.",
            "• Ne renommez ni les feuilles ni les en-têtes de colonnes ; l'ordre des colonnes peut changer. Les lignes vides sont ignorées.",
            "• À l'import, Plume liste toutes les erreurs avec leur feuille, leur ligne et leur colonne, et n'enregistre rien tant qu'il en reste une.",
            "",
            "In English",
            "This workbook describes a competency framework: domains, competencies and six level descriptors per competency. Fill in the French columns (required) and the English ones (optional). Never change or reuse an identifier (UUID). Codes are text (1.10 is not 1.1). Sheet and column names must stay as they are. On import, Plume lists every error with its sheet, row and column and stores nothing until all are fixed.");

    private ReadmeText() {
    }

    static boolean isHeading(String line) {
        return line.equals("Comment le remplir") || line.equals("Règles à respecter") || line.equals("In English");
    }
}

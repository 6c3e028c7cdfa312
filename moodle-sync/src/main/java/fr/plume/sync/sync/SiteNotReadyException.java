package fr.plume.sync.sync;

/** The member's Moodle lacks something only its administrator can provide (a scale, a setting). */
public class SiteNotReadyException extends RuntimeException {

    public SiteNotReadyException(String message) {
        super(message);
    }

    public static SiteNotReadyException missingScale(String site, long scaleId, String detail) {
        return new SiteNotReadyException("Le site " + site + " n'a pas d'échelle utilisable d'identifiant " + scaleId
                + " (" + detail + "). Les services web de Moodle ne savent pas créer d'échelle : un administrateur doit "
                + "la créer dans Administration du site › Notes › Échelles › Ajouter une échelle (valeurs de la plus "
                + "faible à la plus forte, par exemple « Niveau 1, Niveau 2, Niveau 3, Niveau 4, Niveau 5, Niveau 6 »), "
                + "puis reporter son identifiant (paramètre id de l'URL d'édition) dans la configuration du site (scaleId).");
    }
}

package fr.plume.tool.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The admin pages' navigation, in its order: each link's French label and the page it opens. */
final class AdminNavigation {

    static final Map<String, String> LINKS = links();

    private AdminNavigation() {
    }

    private static Map<String, String> links() {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("Accueil", "/admin");
        links.put("Référentiels", "/admin/frameworks");
        links.put("Plateformes LTI", "/admin/lti/registrations");
        links.put("Notes non transmises", "/admin/grades");
        links.put("Synchronisation Moodle", "/admin/sync");
        links.put("Questions à relire", "/admin/sync/drafts");
        links.put("Certifications à publier", "/admin/certification-results");
        links.put("Usage et coûts", "/admin/usage");
        links.put("Jetons d’API", "/admin/api-tokens");
        links.put("Comptes et rôles", "/admin/accounts");
        links.put("Données personnelles", "/admin/privacy");
        return Collections.unmodifiableMap(links);
    }
}

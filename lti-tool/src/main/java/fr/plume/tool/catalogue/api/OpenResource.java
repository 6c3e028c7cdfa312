package fr.plume.tool.catalogue.api;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A published (not withdrawn) open resource as people see it.
 *
 * @param competencyCodes the competencies it is linked to, by code ("2.3")
 */
public record OpenResource(UUID id, String title, String description, String url, String language, String licence,
        String kind, String origin, List<String> competencyCodes) {

    public OpenResource {
        competencyCodes = List.copyOf(competencyCodes);
    }

    /**
     * The address only when it is a web address: harvested metadata is not trusted, and a
     * {@code javascript:} or {@code data:} URL must never become a link.
     */
    public String safeUrl() {
        String lower = url == null ? "" : url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? url.strip() : null;
    }
}

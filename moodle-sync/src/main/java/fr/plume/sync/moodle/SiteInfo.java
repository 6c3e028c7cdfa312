package fr.plume.sync.moodle;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What {@code core_webservice_get_site_info} says about the site and the token: the Moodle
 * release and version (YYYYMMDDxx), the functions the token's service may call, and the id of
 * the site's front-page course.
 */
public record SiteInfo(String siteName, String siteUrl, String release, long version, String username,
                       Set<String> functions, long siteId) {

    public SiteInfo {
        functions = Set.copyOf(functions);
    }

    static SiteInfo from(JsonNode node) {
        Set<String> functions = new LinkedHashSet<>();
        for (JsonNode f : node.path("functions")) {
            functions.add(f.path("name").asString(""));
        }
        return new SiteInfo(node.path("sitename").asString(""), node.path("siteurl").asString(""),
                node.path("release").asString(""), node.path("version").asLong(0),
                node.path("username").asString(""), functions, node.path("siteid").asLong(1));
    }

    /** The functions of {@code needed} that the token's service does not offer, in the given order. */
    public List<String> missing(Collection<String> needed) {
        return needed.stream().filter(f -> !functions.contains(f)).distinct().toList();
    }

    /** Moodle 3.1 (2016052300) introduced core_competency web services. */
    public boolean hasCompetencyApi() {
        return version >= 2016052300L;
    }
}

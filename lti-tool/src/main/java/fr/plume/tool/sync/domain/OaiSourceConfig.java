package fr.plume.tool.sync.domain;

import fr.plume.sync.job.OaiSource;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** An OAI-PMH repository named in a site configuration. */
public record OaiSourceConfig(String name, String baseUrl, String metadataPrefix, String set) {

    private static final Set<String> PREFIXES = Set.of("oai_dc", "lom", "lomfr");

    public OaiSourceConfig {
        set = set == null ? "" : set;
    }

    public OaiSource toSource() {
        return new OaiSource(name, URI.create(baseUrl), metadataPrefix, set.isBlank() ? Optional.empty() : Optional.of(set));
    }

    /**
     * One source a line: {@code name base-url [metadataPrefix] [set]}; blank lines and lines
     * starting with {@code #} are ignored.
     *
     * @throws IllegalArgumentException naming the first bad line
     */
    public static List<OaiSourceConfig> parseLines(String text) {
        List<OaiSourceConfig> out = new ArrayList<>();
        int n = 0;
        for (String line : (text == null ? "" : text).split("\\R")) {
            n++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] parts = l.split("\\s+");
            if (parts.length < 2 || !parts[0].matches("[A-Za-z0-9._-]{1,60}") || !SiteUrls.isWebUrl(parts[1])) {
                throw new IllegalArgumentException("line " + n);
            }
            String prefix = parts.length > 2 ? parts[2] : "oai_dc";
            if (!PREFIXES.contains(prefix)) {
                throw new IllegalArgumentException("line " + n);
            }
            out.add(new OaiSourceConfig(parts[0], parts[1], prefix, parts.length > 3 ? parts[3] : ""));
        }
        return out;
    }

    public String toLine() {
        return name + " " + baseUrl + " " + metadataPrefix + (set.isBlank() ? "" : " " + set);
    }
}

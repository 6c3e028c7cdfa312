package fr.plume.sync.format;

import fr.plume.sync.i18n.Phrase;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Parses OAI-PMH 2.0 ListRecords replies carrying {@code oai_dc} or LOM / LOMFR metadata.
 * Elements are matched by local name (LOMFR extends LOM in another namespace, and
 * repositories differ in prefixes). {@code noRecordsMatch} is an empty page, not an error.
 */
public final class OaiPmhReader {

    private final InputLimits limits;

    public OaiPmhReader(InputLimits limits) {
        this.limits = limits;
    }

    public OaiPmhReader() {
        this(InputLimits.DEFAULT);
    }

    public OaiPage read(InputStream in) {
        List<OaiRecord> records = new ArrayList<>();
        String[] token = {null};
        Long[] size = {null};
        List<XmlElement> errors = new ArrayList<>();
        String root = new SafeXmlStream(limits, Set.of("record", "resumptionToken", "error"), e -> false)
                .stream(in, e -> {
                    switch (e.name()) {
                        case "record" -> records.add(record(e));
                        case "resumptionToken" -> {
                            token[0] = e.text().strip();
                            String s = e.attribute("completeListSize");
                            if (!s.isBlank()) {
                                try {
                                    size[0] = Long.parseLong(s.strip());
                                } catch (NumberFormatException ignored) {
                                    // an informative attribute only
                                }
                            }
                        }
                        default -> errors.add(e);
                    }
                });
        if (!"OAI-PMH".equals(root)) {
            throw new FormatException(Phrase.of("oai.notOai", root));
        }
        for (XmlElement error : errors) {
            String code = error.attribute("code");
            if (!code.equals("noRecordsMatch")) {
                throw new OaiPmhException(code, error.text().strip());
            }
        }
        // An empty resumptionToken marks the last page (§3.5).
        Optional<String> next = token[0] == null || token[0].isEmpty() ? Optional.empty() : Optional.of(token[0]);
        return new OaiPage(records, next, Optional.ofNullable(size[0]));
    }

    private static OaiRecord record(XmlElement record) {
        XmlElement header = record.child("header");
        if (header == null) {
            throw new FormatException(Phrase.of("oai.noHeader"));
        }
        String identifier = header.textAt("identifier").strip();
        if (identifier.isEmpty()) {
            throw new FormatException(Phrase.of("oai.noIdentifier"));
        }
        boolean deleted = header.attribute("status").equals("deleted");
        List<String> sets = header.children("setSpec").stream().map(s -> s.text().strip()).toList();
        OaiMetadata metadata = null;
        XmlElement md = record.child("metadata");
        if (!deleted && md != null && !md.children().isEmpty()) {
            XmlElement payload = md.children().get(0);
            metadata = payload.name().equals("lom") ? lom(payload) : dublinCore(payload);
        }
        return new OaiRecord(identifier, header.textAt("datestamp").strip(), deleted, sets, metadata);
    }

    private static OaiMetadata dublinCore(XmlElement dc) {
        List<String> subjects = texts(dc, "subject");
        List<String> alignments = new ArrayList<>();
        for (String v : concat(subjects, texts(dc, "relation"))) {
            if (v.toLowerCase(java.util.Locale.ROOT).startsWith("plume:")) {
                alignments.add(v.substring("plume:".length()).strip());
            }
        }
        String url = texts(dc, "identifier").stream().filter(OaiPmhReader::isHttp).findFirst().orElse("");
        return new OaiMetadata(first(dc, "title"), String.join("\n", texts(dc, "description")), url,
                first(dc, "language"), String.join(" ; ", texts(dc, "rights")),
                subjects.stream().filter(s -> !s.toLowerCase(java.util.Locale.ROOT).startsWith("plume:")).toList(),
                concat(texts(dc, "creator"), texts(dc, "contributor")), first(dc, "type"), alignments);
    }

    /** IEEE LOM 1484.12.1 (and LOMFR): general, lifeCycle, technical, educational, rights, classification. */
    private static OaiMetadata lom(XmlElement lom) {
        XmlElement general = lom.child("general");
        String title = general == null ? "" : langString(general.child("title"));
        String description = general == null ? "" : general.children("description").stream()
                .map(OaiPmhReader::langString).reduce((a, b) -> a + "\n" + b).orElse("");
        List<String> keywords = general == null ? List.of()
                : general.children("keyword").stream().map(OaiPmhReader::langString).toList();
        String language = general == null ? "" : general.textAt("language");
        String url = lom.descendants("location").stream().map(e -> e.text().strip()).filter(OaiPmhReader::isHttp)
                .findFirst().orElse("");
        if (url.isEmpty()) {
            url = lom.descendants("identifier").stream().filter(i -> i.textAt("catalog").strip().equalsIgnoreCase("URI")
                    || i.textAt("catalog").strip().equalsIgnoreCase("URL")).map(i -> i.textAt("entry").strip())
                    .filter(OaiPmhReader::isHttp).findFirst().orElse("");
        }
        XmlElement rights = lom.child("rights");
        String licence = rights == null ? "" : langString(rights.child("description"));
        List<String> authors = new ArrayList<>();
        for (XmlElement entity : lom.descendants("entity")) {
            String vcard = entity.text();
            for (String line : vcard.split("\\R")) {
                String l = line.strip();
                if (l.regionMatches(true, 0, "FN:", 0, 3)) {
                    authors.add(l.substring(3).strip());
                }
            }
        }
        String kind = lom.descendants("learningResourceType").stream().map(e -> e.textAt("value").strip())
                .filter(s -> !s.isEmpty()).findFirst().orElse("");
        List<String> alignments = new ArrayList<>();
        for (XmlElement taxon : lom.descendants("taxon")) {
            String id = taxon.textAt("id").strip();
            if (!id.isEmpty()) {
                alignments.add(id);
            }
            String entry = langString(taxon.child("entry"));
            if (!entry.isEmpty()) {
                alignments.add(entry);
            }
        }
        return new OaiMetadata(title, description, url, language, licence, keywords, authors, kind, alignments);
    }

    /** LOM langString: one or more {@code <string language="…">}; French first, else the first one. */
    private static String langString(XmlElement e) {
        if (e == null) {
            return "";
        }
        List<XmlElement> strings = e.children("string");
        if (strings.isEmpty()) {
            return e.text().strip();
        }
        return strings.stream().filter(s -> s.attribute("language").startsWith("fr")).findFirst()
                .orElse(strings.get(0)).text().strip();
    }

    private static List<String> texts(XmlElement e, String name) {
        return e.children(name).stream().map(c -> c.text().strip()).filter(s -> !s.isEmpty()).toList();
    }

    private static String first(XmlElement e, String name) {
        List<String> t = texts(e, name);
        return t.isEmpty() ? "" : t.get(0);
    }

    private static boolean isHttp(String s) {
        return s.startsWith("http://") || s.startsWith("https://");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}

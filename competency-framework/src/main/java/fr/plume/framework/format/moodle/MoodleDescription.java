package fr.plume.framework.format.moodle;

import fr.plume.framework.model.Competency;
import fr.plume.framework.model.Domain;
import fr.plume.framework.model.Framework;
import fr.plume.framework.model.LevelDescriptor;
import fr.plume.framework.model.LocalizedText;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The HTML description Plume gives a framework, domain or competency in Moodle, written the same way for the CSV
 * file and the web-service push. Moodle has one description per competency, so it carries what no other field can:
 * the English texts, the six level descriptors and, for the framework, its code, version and licence.
 * <p>Moodle cleans descriptions with HTMLPurifier on every save and read (PARAM_CLEANHTML): {@code data-*}
 * attributes are dropped, and a {@code <span>} may only hold inline content, so a multilang span wrapped around a
 * paragraph or a list is emptied and its content moved out (then both languages show to everyone). This format
 * only uses what survives cleaning: classes, {@code <li value>}, and multilang spans around plain text, one pair per
 * paragraph or list item, which Moodle's multilang filter reduces to the reader's language:
 * <pre>{@code
 * <div class="plume-competency">
 *   <p class="plume-title"><span lang="fr" class="multilang">…</span><span lang="en" class="multilang">…</span></p>
 *   <p class="plume-description">…same pair…</p>
 *   <ol class="plume-levels"><li value="1">…same pair…</li>…</ol>
 *   <p class="plume-metadata">Code <span class="plume-code">…</span> · version <span class="plume-version">…</span>
 *     · licence <span class="plume-licence">…</span></p>       (framework only)
 * </div>}</pre>
 * A text without English is written without spans. The French title is in the shortname; the title paragraph is
 * there only for an English title or when the shortname had to be shortened. The reader also accepts the older
 * form (language blocks and {@code data-plume-*} attributes) that Plume wrote before.
 */
public final class MoodleDescription {

    private static final String MULTILANG = "multilang";
    /** Builders are not thread-safe, and creating one per description made large files slow. */
    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(MoodleDescription::newBuilder);
    private static final List<String> METADATA = List.of("idnumber", "code", "version", "licence");

    /** What could be read back from a description. */
    public record Parsed(boolean structured, Map<String, String> metadata, LocalizedText title,
                         LocalizedText description, List<LevelDescriptor> levels, List<String> invalidLevels) {
    }

    private MoodleDescription() {
    }

    public static String of(Framework framework) {
        String metadata = "<p class=\"plume-metadata\">Code " + metadataSpan("code", framework.code())
                + " · version " + metadataSpan("version", framework.version())
                + " · licence " + metadataSpan("licence", framework.licence()) + "</p>";
        return write("framework", framework.code(), framework.title(), framework.description(), List.of(), metadata);
    }

    public static String of(Domain domain) {
        return write("domain", domain.code(), domain.title(), domain.description(), List.of(), "");
    }

    public static String of(Competency competency) {
        return write("competency", competency.code(), competency.title(), competency.description(),
                competency.levels(), "");
    }

    private static String write(String kind, String code, LocalizedText title, LocalizedText description,
                                List<LevelDescriptor> levels, String metadata) {
        StringBuilder html = new StringBuilder("<div class=\"plume-").append(kind).append("\">");
        if (MoodleRecords.shortened(code, title.fr()) || !title.en().isEmpty()) {
            html.append("<p class=\"plume-title\">").append(bilingual(title)).append("</p>");
        }
        if (!description.fr().isEmpty() || !description.en().isEmpty()) {
            html.append("<p class=\"plume-description\">").append(bilingual(description)).append("</p>");
        }
        if (!levels.isEmpty()) {
            html.append("<ol class=\"plume-levels\">");
            for (LevelDescriptor level : levels) {
                html.append("<li value=\"").append(level.level()).append("\">").append(bilingual(level.text())).append("</li>");
            }
            html.append("</ol>");
        }
        return html.append(metadata).append("</div>").toString();
    }

    /** Both languages as adjacent multilang spans (the filter needs at least two, separated by nothing but spaces). */
    private static String bilingual(LocalizedText text) {
        if (text.en().isEmpty()) {
            return escape(text.fr());
        }
        return "<span lang=\"fr\" class=\"multilang\">" + escape(text.fr()) + "</span>"
                + "<span lang=\"en\" class=\"multilang\">" + escape(text.en()) + "</span>";
    }

    private static String metadataSpan(String name, String value) {
        return "<span class=\"plume-" + name + "\">" + escape(value) + "</span>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Reads a description written by Plume (either form), or keeps any other description as French text. */
    public static Parsed read(String html) {
        if (!html.contains("plume-")) {
            return unstructured(html);
        }
        Optional<Element> parsed = parse(html);
        if (parsed.isEmpty()) {
            return unstructured(html);
        }
        Element root = parsed.get();
        List<Element> elements = descendants(root);
        if (elements.stream().noneMatch(element -> classes(element).stream().anyMatch(c -> c.startsWith("plume-")))) {
            return unstructured(html);
        }
        List<String> invalid = new ArrayList<>();
        return new Parsed(true, metadata(elements), localized(withClass(elements, "plume-title")),
                localized(withClass(elements, "plume-description")), levels(elements, invalid), List.copyOf(invalid));
    }

    private static Map<String, String> metadata(List<Element> elements) {
        Map<String, String> metadata = new LinkedHashMap<>();
        for (Element element : elements) {
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Node attribute = attributes.item(i);
                if (attribute.getNodeName().startsWith("data-plume-")) {
                    metadata.putIfAbsent(attribute.getNodeName().substring("data-plume-".length()), attribute.getNodeValue());
                }
            }
            for (String name : METADATA) {
                if (classes(element).contains("plume-" + name)) {
                    metadata.putIfAbsent(name, element.getTextContent().strip());
                }
            }
        }
        return metadata;
    }

    private static List<LevelDescriptor> levels(List<Element> elements, List<String> invalid) {
        Map<Integer, Map<String, String>> texts = new LinkedHashMap<>();
        for (Element list : withClass(elements, "plume-levels")) {
            int position = 0;
            for (Node child = list.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (!(child instanceof Element item) || !item.getTagName().equals("li")) {
                    continue;
                }
                position++;
                String value = item.getAttribute("value").strip();
                if (value.isEmpty() || value.matches("\\d{1,3}")) {
                    int level = value.isEmpty() ? position : Integer.parseInt(value);
                    collect(item, texts.computeIfAbsent(level, key -> new LinkedHashMap<>()));
                } else if (!invalid.contains(value)) {
                    invalid.add(value);
                }
            }
        }
        List<LevelDescriptor> levels = new ArrayList<>();
        texts.forEach((level, byLanguage) -> levels.add(new LevelDescriptor(level, text(byLanguage))));
        return levels;
    }

    private static LocalizedText localized(List<Element> elements) {
        Map<String, String> byLanguage = new LinkedHashMap<>();
        elements.forEach(element -> collect(element, byLanguage));
        return text(byLanguage);
    }

    private static LocalizedText text(Map<String, String> byLanguage) {
        return new LocalizedText(byLanguage.getOrDefault("fr", ""), byLanguage.getOrDefault("en", ""));
    }

    /** The texts of one paragraph or list item: its multilang spans, or its whole text in the enclosing language. */
    private static void collect(Element element, Map<String, String> byLanguage) {
        List<Element> spans = descendants(element).stream()
                .filter(e -> e.getTagName().equals("span") && classes(e).contains(MULTILANG) && !e.getAttribute("lang").isBlank())
                .toList();
        if (spans.isEmpty()) {
            byLanguage.putIfAbsent(inheritedLanguage(element), element.getTextContent());
        }
        spans.forEach(span -> byLanguage.putIfAbsent(language(span.getAttribute("lang")), span.getTextContent()));
    }

    private static String inheritedLanguage(Element element) {
        for (Node node = element.getParentNode(); node instanceof Element parent; node = parent.getParentNode()) {
            if (!parent.getAttribute("lang").isBlank()) {
                return language(parent.getAttribute("lang"));
            }
        }
        return "fr";
    }

    /** "fr", "fr_ca", "FR-ca" → "fr", as Moodle's filter falls back to the parent language. */
    private static String language(String lang) {
        return lang.strip().toLowerCase(Locale.ROOT).split("[_-]", 2)[0];
    }

    /** A description not written by Plume: keep its text as the French description. */
    private static Parsed unstructured(String html) {
        String text = html.replaceAll("<[^>]*>", " ").replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&").replaceAll("\\s+", " ").strip();
        return new Parsed(false, Map.of(), LocalizedText.EMPTY, new LocalizedText(text, ""), List.of(), List.of());
    }

    private static List<Element> withClass(List<Element> elements, String cssClass) {
        return elements.stream().filter(element -> classes(element).contains(cssClass)).toList();
    }

    private static List<String> classes(Element element) {
        String value = element.getAttribute("class").strip();
        return value.isEmpty() ? List.of() : Arrays.asList(value.split("\\s+"));
    }

    /** Every element below {@code root}, in document order. */
    private static List<Element> descendants(Element root) {
        List<Element> elements = new ArrayList<>();
        NodeList all = root.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            elements.add((Element) all.item(i));
        }
        return elements;
    }

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("No secure XML parser available", e);
        }
    }

    /** HTMLPurifier writes well-formed XHTML with characters instead of entities, so an XML parser reads it. */
    private static Optional<Element> parse(String html) {
        try {
            DocumentBuilder builder = BUILDER.get();
            builder.reset();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            String xml = "<root>" + html.replace("&nbsp;", "&#160;") + "</root>";
            Document document = builder.parse(new InputSource(new StringReader(xml)));
            return Optional.of(document.getDocumentElement());
        } catch (Exception notOurXhtml) {
            return Optional.empty();
        }
    }
}

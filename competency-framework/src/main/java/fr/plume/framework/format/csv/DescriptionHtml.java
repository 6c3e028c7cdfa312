package fr.plume.framework.format.csv;

import fr.plume.framework.model.LevelDescriptor;
import fr.plume.framework.model.LocalizedText;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HTML description Plume writes in Moodle's CSV. Moodle has one description per competency, so it carries
 * everything the other columns cannot: the English texts and the level descriptors. Each language is a
 * {@code <span lang="…" class="multilang">} block, so Moodle's multi-language filter shows each reader
 * their language; Plume metadata sits in {@code data-plume-*} attributes of a wrapping {@code div}.
 * <pre>{@code
 * <div class="plume-competency" data-plume-code="2.3">
 *   <span lang="fr" class="multilang"><p class="plume-description">…</p>
 *     <ol class="plume-levels"><li value="1">…</li>…</ol></span>
 *   <span lang="en" class="multilang"><p class="plume-title">…</p>…</span>
 * </div>}</pre>
 * The French title is in the shortname; it is repeated as {@code plume-title} only when the shortname had to be
 * shortened to Moodle's 100 characters.
 */
final class DescriptionHtml {

    /** What could be read back from a description. */
    record Parsed(boolean structured, Map<String, String> attributes, LocalizedText title, LocalizedText description,
                  List<LevelDescriptor> levels, List<String> invalidLevels) {
    }

    private DescriptionHtml() {
    }

    static String write(String kind, Map<String, String> attributes, LocalizedText title, boolean frenchTitle,
                        LocalizedText description, List<LevelDescriptor> levels) {
        StringBuilder html = new StringBuilder("<div class=\"plume-").append(kind).append('"');
        attributes.forEach((name, value) -> html.append(" data-plume-").append(name).append("=\"").append(escape(value)).append('"'));
        html.append('>');
        html.append(block("fr", frenchTitle ? title.fr() : "", description.fr(), levels, LocalizedText::fr));
        boolean anyEnglish = !title.en().isEmpty() || !description.en().isEmpty()
                || levels.stream().anyMatch(level -> !level.text().en().isEmpty());
        if (anyEnglish) {
            html.append(block("en", title.en(), description.en(), levels, LocalizedText::en));
        }
        return html.append("</div>").toString();
    }

    private static String block(String lang, String title, String description, List<LevelDescriptor> levels,
                                java.util.function.Function<LocalizedText, String> text) {
        StringBuilder html = new StringBuilder("<span lang=\"").append(lang).append("\" class=\"multilang\">");
        if (!title.isEmpty()) {
            html.append("<p class=\"plume-title\">").append(escape(title)).append("</p>");
        }
        if (!description.isEmpty()) {
            html.append("<p class=\"plume-description\">").append(escape(description)).append("</p>");
        }
        if (!levels.isEmpty()) {
            html.append("<ol class=\"plume-levels\">");
            for (LevelDescriptor level : levels) {
                html.append("<li value=\"").append(level.level()).append("\">").append(escape(text.apply(level.text()))).append("</li>");
            }
            html.append("</ol>");
        }
        return html.append("</span>").toString();
    }

    static Parsed read(String html) {
        Optional<Document> document = parse(html);
        if (document.isEmpty()) {
            return unstructured(html);
        }
        Element root = document.get().getDocumentElement();
        Element wrapper = firstChildElement(root, "div").orElse(null);
        Map<String, String> attributes = new LinkedHashMap<>();
        if (wrapper != null) {
            for (int i = 0; i < wrapper.getAttributes().getLength(); i++) {
                Node attribute = wrapper.getAttributes().item(i);
                if (attribute.getNodeName().startsWith("data-plume-")) {
                    attributes.put(attribute.getNodeName().substring("data-plume-".length()), attribute.getNodeValue());
                }
            }
        }
        Map<String, Element> blocks = new LinkedHashMap<>();
        NodeList spans = root.getElementsByTagName("span");
        for (int i = 0; i < spans.getLength(); i++) {
            Element span = (Element) spans.item(i);
            if (!span.getAttribute("lang").isEmpty()) {
                blocks.putIfAbsent(span.getAttribute("lang"), span);
            }
        }
        if (wrapper == null || !blocks.containsKey("fr")) {
            return unstructured(html);
        }
        Element fr = blocks.get("fr");
        Element en = blocks.get("en");
        Map<Integer, String> frLevels = new LinkedHashMap<>();
        Map<Integer, String> enLevels = new LinkedHashMap<>();
        List<String> invalid = new ArrayList<>();
        readLevels(fr, frLevels, invalid);
        if (en != null) {
            readLevels(en, enLevels, new ArrayList<>());
        }
        List<LevelDescriptor> levels = new ArrayList<>();
        frLevels.forEach((level, text) -> levels.add(new LevelDescriptor(level, new LocalizedText(text, enLevels.get(level)))));
        return new Parsed(true, attributes,
                new LocalizedText(paragraph(fr, "plume-title"), en == null ? "" : paragraph(en, "plume-title")),
                new LocalizedText(paragraph(fr, "plume-description"), en == null ? "" : paragraph(en, "plume-description")),
                levels, invalid);
    }

    private static void readLevels(Element block, Map<Integer, String> levels, List<String> invalid) {
        NodeList items = block.getElementsByTagName("li");
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            String value = item.getAttribute("value").strip();
            if (value.matches("\\d{1,3}")) {
                levels.putIfAbsent(Integer.parseInt(value), item.getTextContent());
            } else {
                invalid.add(value);
            }
        }
    }

    private static String paragraph(Element block, String cssClass) {
        NodeList paragraphs = block.getElementsByTagName("p");
        for (int i = 0; i < paragraphs.getLength(); i++) {
            Element paragraph = (Element) paragraphs.item(i);
            if (cssClass.equals(paragraph.getAttribute("class"))) {
                return paragraph.getTextContent();
            }
        }
        return "";
    }

    /** A description not written by Plume: keep its text as the French description. */
    private static Parsed unstructured(String html) {
        String text = html.replaceAll("<[^>]*>", " ").replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&").replaceAll("\\s+", " ").strip();
        return new Parsed(false, Map.of(), LocalizedText.EMPTY, new LocalizedText(text, ""), List.of(), List.of());
    }

    private static Optional<Element> firstChildElement(Element parent, String name) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().equals(name)) {
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }

    private static Optional<Document> parse(String html) {
        if (html.isBlank()) {
            return Optional.empty();
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            return Optional.of(builder.parse(new InputSource(new StringReader("<root>" + html + "</root>"))));
        } catch (Exception notOurXhtml) {
            return Optional.empty();
        }
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

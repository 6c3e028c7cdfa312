package fr.plume.sync.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small in-memory element: one record of a streamed document (a question, an OAI record). */
public final class XmlElement {

    private final String name;
    private final String namespace;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<XmlElement> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private long skippedChars;

    XmlElement(String name, String namespace) {
        this.name = name;
        this.namespace = namespace == null ? "" : namespace;
    }

    public String name() {
        return name;
    }

    public String namespace() {
        return namespace;
    }

    public String attribute(String attr) {
        return attributes.getOrDefault(attr, "");
    }

    Map<String, String> attributesMap() {
        return attributes;
    }

    List<XmlElement> childrenList() {
        return children;
    }

    StringBuilder textBuilder() {
        return text;
    }

    void addSkipped(long n) {
        skippedChars += n;
    }

    /** Characters of content that were counted but not kept (embedded base64 files). */
    public long skippedChars() {
        return skippedChars;
    }

    public String text() {
        return text.toString();
    }

    public List<XmlElement> children() {
        return List.copyOf(children);
    }

    public List<XmlElement> children(String localName) {
        return children.stream().filter(c -> c.name.equals(localName)).toList();
    }

    public XmlElement child(String localName) {
        for (XmlElement c : children) {
            if (c.name.equals(localName)) {
                return c;
            }
        }
        return null;
    }

    /** Text of the descendant at {@code path} (local names), or "" if absent. */
    public String textAt(String... path) {
        XmlElement e = this;
        for (String step : path) {
            e = e.child(step);
            if (e == null) {
                return "";
            }
        }
        return e.text();
    }

    /** All descendants (depth first) with this local name. */
    public List<XmlElement> descendants(String localName) {
        List<XmlElement> out = new ArrayList<>();
        collect(localName, out);
        return out;
    }

    private void collect(String localName, List<XmlElement> out) {
        for (XmlElement c : children) {
            if (c.name.equals(localName)) {
                out.add(c);
            }
            c.collect(localName, out);
        }
    }
}

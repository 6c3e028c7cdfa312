package fr.plume.tool.catalogue.domain;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A small streaming XML writer: namespaced elements, escaped text, no character XML 1.0 forbids. */
public final class OaiXml {

    public static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private final StringWriter out = new StringWriter();
    private final XMLStreamWriter xml;

    public OaiXml() {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens an element of {@code namespace}, declaring the namespace with {@code prefix} ("" for the default). */
    public OaiXml declare(String prefix, String namespace, String name) {
        return call(() -> {
            xml.writeStartElement(prefix, name, namespace);
            if (prefix.isEmpty()) {
                xml.writeDefaultNamespace(namespace);
            } else {
                xml.writeNamespace(prefix, namespace);
            }
        });
    }

    public OaiXml namespace(String prefix, String namespace) {
        return call(() -> xml.writeNamespace(prefix, namespace));
    }

    public OaiXml start(String prefix, String namespace, String name) {
        return call(() -> xml.writeStartElement(prefix, name, namespace));
    }

    public OaiXml attribute(String name, String value) {
        return call(() -> xml.writeAttribute(name, clean(value)));
    }

    public OaiXml attribute(String prefix, String namespace, String name, String value) {
        return call(() -> xml.writeAttribute(prefix, namespace, name, clean(value)));
    }

    public OaiXml text(String text) {
        return call(() -> xml.writeCharacters(clean(text)));
    }

    public OaiXml end() {
        return call(xml::writeEndElement);
    }

    /** An element holding only text. */
    public OaiXml element(String prefix, String namespace, String name, String text) {
        return start(prefix, namespace, name).text(text).end();
    }

    public String finish() {
        call(xml::writeEndDocument);
        call(xml::flush);
        return out.toString();
    }

    /** Drops the characters XML 1.0 cannot carry, which a stored text could contain. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private interface XmlStep {
        void run() throws XMLStreamException;
    }

    private OaiXml call(XmlStep step) {
        try {
            step.run();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("XML writing failed", e);
        }
    }
}

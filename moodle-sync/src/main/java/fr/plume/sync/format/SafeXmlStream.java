package fr.plume.sync.format;

import fr.plume.sync.i18n.Phrase;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams an XML document and hands each "record" element (e.g. {@code question}) to a
 * consumer as a small tree, so memory stays flat whatever the file size.
 * <p>Hardening: any DOCTYPE is refused (no DTD means no entity expansion and no external
 * entity), external access is disabled, nesting depth, text length and embedded file sizes
 * are capped. Content of "skipped" elements (base64 {@code <file>}) is counted, never kept.
 */
public final class SafeXmlStream {

    private final InputLimits limits;
    private final Set<String> recordNames;
    private final Predicate<XmlElement> skipContent;

    public SafeXmlStream(InputLimits limits, Set<String> recordNames, Predicate<XmlElement> skipContent) {
        this.limits = limits;
        this.recordNames = Set.copyOf(recordNames);
        this.skipContent = skipContent;
    }

    static XMLInputFactory hardenedFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        // Safe because any DOCTYPE is refused: only the five predefined entities can occur.
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return f;
    }

    /** Streams the document; returns the local name of its root element. */
    public String stream(InputStream input, Consumer<XmlElement> onRecord) {
        XMLStreamReader r = null;
        String root = null;
        try {
            r = hardenedFactory().createXMLStreamReader(new LimitedInputStream(input, limits.maxInputBytes()));
            Deque<XmlElement> open = new ArrayDeque<>();
            int depth = 0;
            int skipDepth = -1;
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw new HostileInputException(
                            Phrase.of("xml.doctype", r.getLocation().getLineNumber()));
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new HostileInputException(
                            Phrase.of("xml.entity", r.getLocalName(), r.getLocation().getLineNumber()));
                    case XMLStreamConstants.START_ELEMENT -> {
                        depth++;
                        if (root == null) {
                            root = r.getLocalName();
                        }
                        if (depth > limits.maxDepth()) {
                            throw new HostileInputException(Phrase.of("xml.tooDeep", r.getLocation().getLineNumber()));
                        }
                        if (open.isEmpty() && !recordNames.contains(r.getLocalName())) {
                            continue;
                        }
                        XmlElement e = new XmlElement(r.getLocalName(), r.getNamespaceURI());
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            e.attributesMap().put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                        }
                        if (!open.isEmpty()) {
                            open.peek().childrenList().add(e);
                        }
                        open.push(e);
                        if (skipDepth < 0 && skipContent.test(e)) {
                            skipDepth = depth;
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (open.isEmpty()) {
                            continue;
                        }
                        XmlElement current = open.peek();
                        if (skipDepth >= 0) {
                            current.addSkipped(r.getTextLength());
                            // base64: 4 characters carry 3 bytes
                            if (current.skippedChars() / 4 * 3 > limits.maxEmbeddedFileBytes()) {
                                String file = current.attribute("name").isEmpty() ? "<" + current.name() + ">"
                                        : current.attribute("name");
                                throw new HostileInputException(Phrase.of("xml.embeddedTooLarge", file,
                                        r.getLocation().getLineNumber()));
                            }
                        } else {
                            StringBuilder sb = current.textBuilder();
                            if (sb.length() + r.getTextLength() > limits.maxTextChars()) {
                                throw new HostileInputException(Phrase.of("xml.textTooLong", current.name(),
                                        r.getLocation().getLineNumber()));
                            }
                            sb.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (!open.isEmpty()) {
                            XmlElement closed = open.pop();
                            if (skipDepth == depth) {
                                skipDepth = -1;
                            }
                            if (open.isEmpty()) {
                                onRecord.accept(closed);
                            }
                        }
                        depth--;
                    }
                    default -> {
                        // comments, processing instructions: ignored
                    }
                }
            }
            return root;
        } catch (XMLStreamException e) {
            Object line = e.getLocation() == null ? "?" : e.getLocation().getLineNumber();
            String msg = e.getMessage() == null ? "" : e.getMessage().replaceAll("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", "");
            if (msg.contains("DOCTYPE") || msg.contains("entity") || msg.contains("entité")) {
                throw new HostileInputException(Phrase.of("xml.refused", line, msg));
            }
            throw new FormatException(Phrase.of("xml.malformed", line, msg), e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing useful to do
                }
            }
        }
    }
}

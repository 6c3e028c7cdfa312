package fr.plume.tool.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.catalogue.domain.CartridgeVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Re-reads a cartridge and checks it against the Common Cartridge packaging rules the export must
 * follow: a manifest at the root in the version's namespace, declaring "IMS Common Cartridge" and
 * its schema version; unique identifiers; items referring to existing resources; known resource
 * types; every file a resource names present in the zip, and nothing else in it; safe names.
 */
public final class CartridgeRules {

    /** A checked cartridge: its files by name and its parsed manifest. */
    public record Cartridge(Map<String, byte[]> files, Document manifest) {

        public List<Element> resources() {
            return elements(manifest.getElementsByTagNameNS("*", "resource"));
        }

        public Element resourceOfType(String type) {
            return resources().stream().filter(r -> r.getAttribute("type").equals(type)).findFirst().orElseThrow();
        }

        public String fileOf(Element resource) {
            return ((Element) resource.getElementsByTagNameNS("*", "file").item(0)).getAttribute("href");
        }

        public Document xml(String name) {
            return parse(files.get(name));
        }
    }

    private CartridgeRules() {
    }

    public static Cartridge check(byte[] zip, CartridgeVersion version) {
        Map<String, byte[]> files = unzip(zip);
        assertThat(files.keySet()).first().isEqualTo("imsmanifest.xml");
        Document manifest = parse(files.get("imsmanifest.xml"));
        Element root = manifest.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("manifest");
        assertThat(root.getNamespaceURI()).isEqualTo(version.manifestNamespace());
        assertThat(text(manifest, "schema")).isEqualTo("IMS Common Cartridge");
        assertThat(text(manifest, "schemaversion")).isEqualTo(version.schemaVersion());

        List<String> identifiers = new ArrayList<>();
        collectIdentifiers(root, identifiers);
        assertThat(identifiers).doesNotHaveDuplicates().allMatch(id -> id.matches("[A-Za-z_][A-Za-z0-9_.-]*"));

        Set<String> resourceIds = new HashSet<>();
        Set<String> named = new HashSet<>();
        Set<String> types = Set.of("webcontent", version.webLinkType(), version.ltiLinkType());
        Cartridge cartridge = new Cartridge(files, manifest);
        for (Element resource : cartridge.resources()) {
            resourceIds.add(resource.getAttribute("identifier"));
            assertThat(types).as("resource type").contains(resource.getAttribute("type"));
            List<Element> fileElements = elements(resource.getElementsByTagNameNS("*", "file"));
            assertThat(fileElements).as("files of " + resource.getAttribute("identifier")).isNotEmpty();
            for (Element file : fileElements) {
                String href = file.getAttribute("href");
                assertThat(files).as("file " + href).containsKey(href);
                named.add(href);
            }
            if (!resource.getAttribute("href").isEmpty()) {
                assertThat(named).contains(resource.getAttribute("href"));
            }
        }
        for (Element item : elements(manifest.getElementsByTagNameNS("*", "item"))) {
            if (item.hasAttribute("identifierref")) {
                assertThat(resourceIds).contains(item.getAttribute("identifierref"));
            }
        }
        Set<String> contents = new HashSet<>(files.keySet());
        contents.remove("imsmanifest.xml");
        assertThat(named).containsExactlyInAnyOrderElementsOf(contents);
        return cartridge;
    }

    private static void collectIdentifiers(Element element, List<String> identifiers) {
        if (element.hasAttribute("identifier")) {
            identifiers.add(element.getAttribute("identifier"));
        }
        elements(element.getChildNodes()).forEach(child -> collectIdentifiers(child, identifiers));
    }

    private static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName();
                assertThat(name).as("zip entry name").doesNotContain("..").doesNotStartWith("/").doesNotContain("\\");
                assertThat(files).as("duplicate entry").doesNotContainKey(name);
                files.put(name, in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML", e);
        }
    }

    private static String text(Document document, String localName) {
        return document.getElementsByTagNameNS("*", localName).item(0).getTextContent();
    }

    private static List<Element> elements(NodeList nodes) {
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }
}

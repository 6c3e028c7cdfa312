package fr.plume.tool.catalogue.domain;

import fr.plume.framework.content.OpenModule;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The XML documents of a {@link CommonCartridge}: manifest, web links, LTI links, and HTML pages. */
final class CartridgeXml {

    /** One resource of the manifest; {@code webContent} resources name their file as href too. */
    record ManifestResource(String id, String type, String href, String title, boolean webContent) {
    }

    private CartridgeXml() {
    }

    static byte[] manifest(CartridgeVersion version, OpenModule module, List<ManifestResource> resources) {
        String ns = version.manifestNamespace();
        String lom = version.lomNamespace();
        OaiXml xml = new OaiXml();
        xml.declare("", ns, "manifest").namespace("lomimscc", lom).attribute("identifier", "M_" + module.id());
        xml.start("", ns, "metadata").element("", ns, "schema", "IMS Common Cartridge")
                .element("", ns, "schemaversion", version.schemaVersion());
        xml.start("lomimscc", lom, "lom").start("lomimscc", lom, "general");
        langString(xml, lom, "title", module.title().fr());
        langString(xml, lom, "description", module.summary().fr());
        xml.start("lomimscc", lom, "language").text("fr").end().end();
        xml.start("lomimscc", lom, "rights").start("lomimscc", lom, "copyrightAndOtherRestrictions")
                .element("lomimscc", lom, "value", "yes").end();
        langString(xml, lom, "description", Licences.describe(module.licence()));
        xml.end().end().end();
        xml.start("", ns, "organizations").start("", ns, "organization").attribute("identifier", "O_1")
                .attribute("structure", "rooted-hierarchy").start("", ns, "item").attribute("identifier", "root");
        xml.start("", ns, "item").attribute("identifier", "I_module").element("", ns, "title", module.title().fr());
        for (ManifestResource resource : resources) {
            xml.start("", ns, "item").attribute("identifier", "I_" + resource.id())
                    .attribute("identifierref", resource.id()).element("", ns, "title", resource.title()).end();
        }
        xml.end().end().end().end();
        xml.start("", ns, "resources");
        for (ManifestResource resource : resources) {
            xml.start("", ns, "resource").attribute("identifier", resource.id()).attribute("type", resource.type());
            if (resource.webContent()) {
                xml.attribute("href", resource.href());
            }
            xml.start("", ns, "file").attribute("href", resource.href()).end().end();
        }
        xml.end().end();
        return xml.finish().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] webLink(String ns, String title, String url) {
        OaiXml xml = new OaiXml();
        xml.declare("", ns, "webLink").element("", ns, "title", title)
                .start("", ns, "url").attribute("href", url).attribute("target", "_blank").end().end();
        return xml.finish().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] ltiLink(String ns, String blti, String lticm, String lticp, String title, String description,
            String launchUrl, Map<String, String> custom) {
        OaiXml xml = new OaiXml();
        xml.declare("", ns, "cartridge_basiclti_link").namespace("blti", blti).namespace("lticm", lticm)
                .namespace("lticp", lticp);
        xml.element("blti", blti, "title", title).element("blti", blti, "description", description);
        xml.start("blti", blti, "custom");
        custom.forEach((name, value) -> xml.start("lticm", lticm, "property").attribute("name", name).text(value).end());
        xml.end();
        xml.element("blti", blti, "launch_url", launchUrl);
        if (launchUrl.startsWith("https://")) {
            xml.element("blti", blti, "secure_launch_url", launchUrl);
        }
        xml.start("blti", blti, "vendor").element("lticp", lticp, "code", "plume")
                .element("lticp", lticp, "name", "Plume").end();
        return xml.end().finish().getBytes(StandardCharsets.UTF_8);
    }

    /** A page: its HTML was sanitised by the item bank's allow-list when saved; the title is escaped here. */
    static byte[] page(String title, String sanitisedHtml) {
        String escaped = OaiXml.clean(title).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return ("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escaped
                + "</title>\n</head>\n<body>\n<h1>" + escaped + "</h1>\n" + sanitisedHtml + "\n</body>\n</html>\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void langString(OaiXml xml, String lom, String element, String text) {
        xml.start("lomimscc", lom, element).start("lomimscc", lom, "string").attribute("language", "fr").text(text)
                .end().end();
    }
}

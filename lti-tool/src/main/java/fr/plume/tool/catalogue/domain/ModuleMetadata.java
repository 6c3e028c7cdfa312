package fr.plume.tool.catalogue.domain;

import fr.plume.framework.content.OpenModule;
import fr.plume.framework.model.LocalizedText;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The descriptive record of an open module in oai_dc (Dublin Core, OAI-PMH 2.0 §6.2), LOM (IEEE
 * 1484.12.1) or LOMFR. Competencies travel as {@code dc:subject} "plume:2.3" and as LOM
 * classification taxa (id "2.3"), which moodle-sync's harvester reads as explicit alignments.
 *
 * @param competencyTitles the French title of each competency of the current framework, by code
 */
public record ModuleMetadata(OpenModule module, Instant changedAt, ModuleLinks links,
        Map<String, String> competencyTitles) {

    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String LOMFR_VOCABULARY = "LOMFRv1.0";
    private static final String LOM_VOCABULARY = "LOMv1.0";

    /** Where people reach the module: its catalogue page and its two downloads. */
    public record ModuleLinks(String page, String cartridge, String moodleXml) {
    }

    public void write(OaiXml xml, MetadataFormat format) {
        if (format == MetadataFormat.OAI_DC) {
            dublinCore(xml);
        } else {
            lom(xml, format == MetadataFormat.LOMFR);
        }
    }

    private void dublinCore(OaiXml xml) {
        String ns = MetadataFormat.OAI_DC.namespace();
        xml.declare("oai_dc", ns, "dc").namespace("dc", DC).namespace("xsi", OaiXml.XSI)
                .attribute("xsi", OaiXml.XSI, "schemaLocation", ns + " " + MetadataFormat.OAI_DC.schema());
        localized(xml, "title", module.title());
        module.authors().forEach(author -> xml.element("dc", DC, "creator", author));
        for (String code : competencies()) {
            xml.element("dc", DC, "subject", "plume:" + code);
            String title = competencyTitles.get(code);
            if (title != null && !title.isBlank()) {
                xml.element("dc", DC, "subject", code + " " + title);
            }
        }
        localized(xml, "description", module.summary());
        module.institutions().forEach(institution -> xml.element("dc", DC, "publisher", institution));
        xml.element("dc", DC, "date", OaiDates.format(changedAt));
        xml.element("dc", DC, "type", "InteractiveResource");
        xml.element("dc", DC, "format", "text/html");
        xml.element("dc", DC, "identifier", links.page());
        xml.element("dc", DC, "language", "fr");
        xml.element("dc", DC, "relation", links.cartridge());
        xml.element("dc", DC, "relation", links.moodleXml());
        xml.element("dc", DC, "rights", Licences.describe(module.licence()));
        xml.end();
    }

    private void localized(OaiXml xml, String element, LocalizedText text) {
        xml.start("dc", DC, element).attribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "fr")
                .text(text.fr()).end();
        if (text.en() != null && !text.en().isBlank()) {
            xml.start("dc", DC, element).attribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "en")
                    .text(text.en()).end();
        }
    }

    private void lom(OaiXml xml, boolean lomfr) {
        String ns = MetadataFormat.LOM.namespace();
        String lomfrNs = MetadataFormat.LOMFR.namespace();
        xml.declare("", ns, "lom").namespace("xsi", OaiXml.XSI);
        if (lomfr) {
            xml.namespace("lomfr", lomfrNs).attribute("xsi", OaiXml.XSI, "schemaLocation",
                    lomfrNs + " " + MetadataFormat.LOMFR.schema());
        } else {
            xml.attribute("xsi", OaiXml.XSI, "schemaLocation", ns + " " + MetadataFormat.LOM.schema());
        }
        general(xml, ns, lomfr);
        lifeCycle(xml, ns);
        xml.start("", ns, "technical").element("", ns, "format", "text/html").element("", ns, "location", links.page())
                .element("", ns, "location", links.cartridge()).end();
        xml.start("", ns, "educational");
        vocabulary(xml, ns, "learningResourceType", lomfr ? LOMFR_VOCABULARY : LOM_VOCABULARY,
                lomfr ? "exercice" : "exercise");
        vocabulary(xml, ns, "context", LOM_VOCABULARY, "higher education");
        xml.start("", ns, "typicalLearningTime").element("", ns, "duration", "PT" + module.estimatedMinutes() + "M")
                .end();
        xml.element("", ns, "language", "fr").end();
        xml.start("", ns, "rights");
        vocabulary(xml, ns, "cost", LOM_VOCABULARY, "no");
        vocabulary(xml, ns, "copyrightAndOtherRestrictions", LOM_VOCABULARY, "yes");
        langString(xml, ns, "description", "fr", Licences.describe(module.licence()));
        xml.end();
        classification(xml, ns);
        xml.end();
    }

    private void general(OaiXml xml, String ns, boolean lomfr) {
        xml.start("", ns, "general");
        xml.start("", ns, "identifier").element("", ns, "catalog", "URI").element("", ns, "entry", links.page()).end();
        langStrings(xml, ns, "title", module.title());
        xml.element("", ns, "language", "fr");
        langStrings(xml, ns, "description", module.summary());
        for (String code : competencies()) {
            langString(xml, ns, "keyword", "fr", (code + " " + competencyTitles.getOrDefault(code, "")).strip());
        }
        if (lomfr) {
            String lomfrNs = MetadataFormat.LOMFR.namespace();
            xml.start("lomfr", lomfrNs, "documentType").element("lomfr", lomfrNs, "source", LOMFR_VOCABULARY)
                    .element("lomfr", lomfrNs, "value", "ressource interactive").end();
        }
        xml.end();
    }

    private void lifeCycle(OaiXml xml, String ns) {
        xml.start("", ns, "lifeCycle");
        langString(xml, ns, "version", "fr", Integer.toString(module.version()));
        vocabulary(xml, ns, "status", LOM_VOCABULARY, "final");
        module.authors().forEach(author -> contribute(xml, ns, "author", author));
        module.institutions().forEach(institution -> contribute(xml, ns, "publisher", institution));
        xml.end();
    }

    private void contribute(OaiXml xml, String ns, String role, String name) {
        xml.start("", ns, "contribute");
        vocabulary(xml, ns, "role", LOM_VOCABULARY, role);
        xml.element("", ns, "entity", "BEGIN:VCARD\nVERSION:3.0\nFN:" + vcard(name) + "\nEND:VCARD\n");
        xml.start("", ns, "date").element("", ns, "dateTime", OaiDates.format(changedAt)).end();
        xml.end();
    }

    private void classification(OaiXml xml, String ns) {
        if (competencies().isEmpty()) {
            return;
        }
        xml.start("", ns, "classification");
        vocabulary(xml, ns, "purpose", LOM_VOCABULARY, "educational objective");
        xml.start("", ns, "taxonPath");
        langString(xml, ns, "source", "fr", "Référentiel Plume");
        for (String code : competencies()) {
            xml.start("", ns, "taxon").element("", ns, "id", code);
            langString(xml, ns, "entry", "fr", competencyTitles.getOrDefault(code, code));
            xml.end();
        }
        xml.end().end();
    }

    private static void vocabulary(OaiXml xml, String ns, String element, String source, String value) {
        xml.start("", ns, element).element("", ns, "source", source).element("", ns, "value", value).end();
    }

    private static void langStrings(OaiXml xml, String ns, String element, LocalizedText text) {
        xml.start("", ns, element).start("", ns, "string").attribute("language", "fr").text(text.fr()).end();
        if (text.en() != null && !text.en().isBlank()) {
            xml.start("", ns, "string").attribute("language", "en").text(text.en()).end();
        }
        xml.end();
    }

    private static void langString(OaiXml xml, String ns, String element, String language, String text) {
        xml.start("", ns, element).start("", ns, "string").attribute("language", language).text(text).end().end();
    }

    private Set<String> competencies() {
        Set<String> codes = new LinkedHashSet<>();
        module.objectives().forEach(objective -> codes.add(objective.competency()));
        return codes;
    }

    /** A vCard value escapes its separators (RFC 6350 §3.4). */
    private static String vcard(String value) {
        return value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", " ");
    }
}

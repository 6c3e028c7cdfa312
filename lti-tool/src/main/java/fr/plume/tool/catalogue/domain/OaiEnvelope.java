package fr.plume.tool.catalogue.domain;

import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;

/** The frame of every OAI-PMH reply (OAI-PMH 2.0 §3.2): response date, the request, then the verb or an error. */
public final class OaiEnvelope {

    public static final String OAI = "http://www.openarchives.org/OAI/2.0/";
    private static final String SCHEMA = "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd";

    private OaiEnvelope() {
    }

    /** A reply to a valid request: {@code body} writes the verb's element. */
    public static String reply(Instant now, String baseUrl, OaiRequest request, Consumer<OaiXml> body) {
        OaiXml xml = open(now);
        xml.start("", OAI, "request").attribute("verb", request.verb());
        request.arguments().forEach(xml::attribute);
        xml.text(baseUrl).end();
        xml.start("", OAI, request.verb());
        body.accept(xml);
        return close(xml.end());
    }

    /** @param request the request when it was valid (its arguments are echoed), or null */
    public static String error(Instant now, String baseUrl, OaiRequest request, OaiProblem problem) {
        OaiXml xml = open(now);
        xml.start("", OAI, "request");
        if (request != null && problem.echoesArguments()) {
            xml.attribute("verb", request.verb());
            request.arguments().forEach(xml::attribute);
        }
        xml.text(baseUrl).end();
        xml.start("", OAI, "error").attribute("code", problem.code()).text(problem.getMessage()).end();
        return close(xml);
    }

    /** A record's header; a deleted record has no metadata (§2.5.1). */
    public static void header(OaiXml xml, String identifier, Instant datestamp, Iterable<String> sets, boolean deleted) {
        xml.start("", OAI, "header");
        if (deleted) {
            xml.attribute("status", "deleted");
        }
        xml.element("", OAI, "identifier", identifier).element("", OAI, "datestamp", OaiDates.format(datestamp));
        sets.forEach(set -> xml.element("", OAI, "setSpec", set));
        xml.end();
    }

    /** The token of the next page, or an empty one on the last page of a resumed list (§3.5). */
    public static void resumptionToken(OaiXml xml, String token, Instant expires, long completeListSize, long cursor) {
        xml.start("", OAI, "resumptionToken");
        if (expires != null) {
            xml.attribute("expirationDate", OaiDates.format(expires));
        }
        xml.attribute("completeListSize", Long.toString(completeListSize)).attribute("cursor", Long.toString(cursor))
                .text(token == null ? "" : token).end();
    }

    /** The elements of Identify in their schema order. */
    public static void identify(OaiXml xml, Map<String, String> fields) {
        fields.forEach((name, value) -> xml.element("", OAI, name, value));
    }

    private static OaiXml open(Instant now) {
        OaiXml xml = new OaiXml();
        xml.declare("", OAI, "OAI-PMH").namespace("xsi", OaiXml.XSI)
                .attribute("xsi", OaiXml.XSI, "schemaLocation", OAI + " " + SCHEMA);
        return xml.element("", OAI, "responseDate", OaiDates.format(now));
    }

    private static String close(OaiXml xml) {
        return xml.end().finish();
    }
}

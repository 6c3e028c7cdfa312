package fr.plume.tool.catalogue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;

/**
 * Checks OAI-PMH replies with javax.xml.validation against the test schemas (test resources
 * {@code oai/}, README there): the protocol envelope, and oai_dc payloads. Nothing is fetched from
 * the network: the reply's schemaLocation hints are not followed.
 */
public final class OaiSchema {

    private static final Schema SCHEMA = load();

    private OaiSchema() {
    }

    /** Throws with the validator's message when {@code xml} is not a valid reply. */
    public static void check(String xml) {
        try {
            Validator validator = SCHEMA.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException e) {
            throw new AssertionError("Invalid OAI-PMH reply: " + e.getMessage() + "\n" + xml, e);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Schema load() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(new Source[] {source("dc-elements.xsd"), source("oai-dc.xsd"),
                source("oai-pmh.xsd")});
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Source source(String name) {
        URL url = OaiSchema.class.getResource("/oai/" + name);
        return new StreamSource(url.toExternalForm());
    }
}

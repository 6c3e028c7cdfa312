package fr.plume.tool.catalogue.domain;

import java.util.Arrays;
import java.util.Optional;

/** The metadata formats the commons' OAI-PMH provider disseminates (OAI-PMH 2.0 §3.4). */
public enum MetadataFormat {
    OAI_DC("oai_dc", "http://www.openarchives.org/OAI/2.0/oai_dc.xsd", "http://www.openarchives.org/OAI/2.0/oai_dc/"),
    LOM("lom", "http://ltsc.ieee.org/xsd/lomv1.0/lom.xsd", "http://ltsc.ieee.org/xsd/LOM"),
    /** LOMFR (AFNOR NF Z76-041): LOM with the French extension elements and vocabularies. */
    LOMFR("lomfr", "http://www.lom-fr.fr/xsd/lomfrv1.0/std/lomfr.xsd", "http://www.lom-fr.fr/xsd/LOMFR");

    private final String prefix;
    private final String schema;
    private final String namespace;

    MetadataFormat(String prefix, String schema, String namespace) {
        this.prefix = prefix;
        this.schema = schema;
        this.namespace = namespace;
    }

    public String prefix() {
        return prefix;
    }

    public String schema() {
        return schema;
    }

    public String namespace() {
        return namespace;
    }

    /** The format of {@code prefix}, or cannotDisseminateFormat. */
    public static MetadataFormat of(String prefix) {
        return byPrefix(prefix).orElseThrow(() -> new OaiProblem(OaiProblem.CANNOT_DISSEMINATE_FORMAT,
                "The metadata format " + prefix + " is not disseminated by this repository."));
    }

    public static Optional<MetadataFormat> byPrefix(String prefix) {
        return Arrays.stream(values()).filter(format -> format.prefix.equals(prefix)).findFirst();
    }
}

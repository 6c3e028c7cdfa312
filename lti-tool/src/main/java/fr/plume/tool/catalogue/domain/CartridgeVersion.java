package fr.plume.tool.catalogue.domain;

/**
 * The IMS Common Cartridge versions the export writes: 1.3 (the current one, imported by most
 * platforms) and 1.1, the newest Moodle's course restore recognises (it detects a cartridge by the
 * 1.0 or 1.1 manifest namespace: backup/converter/imscc11). Only namespaces and resource types differ.
 */
public enum CartridgeVersion {
    V1_3("1.3.0", "imsccv1p3", "imswl_xmlv1p3", "http://www.imsglobal.org/xsd/imsccv1p3/imswl_v1p3",
            "imsbasiclti_xmlv1p3", "http://www.imsglobal.org/xsd/imslticc_v1p3"),
    V1_1("1.1.0", "imsccv1p1", "imswl_xmlv1p1", "http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1",
            "imsbasiclti_xmlv1p0", "http://www.imsglobal.org/xsd/imslticc_v1p0");

    private final String schemaVersion;
    private final String profile;
    private final String webLinkType;
    private final String webLinkNamespace;
    private final String ltiLinkType;
    private final String ltiLinkNamespace;

    CartridgeVersion(String schemaVersion, String profile, String webLinkType, String webLinkNamespace,
            String ltiLinkType, String ltiLinkNamespace) {
        this.schemaVersion = schemaVersion;
        this.profile = profile;
        this.webLinkType = webLinkType;
        this.webLinkNamespace = webLinkNamespace;
        this.ltiLinkType = ltiLinkType;
        this.ltiLinkNamespace = ltiLinkNamespace;
    }

    public String schemaVersion() {
        return schemaVersion;
    }

    /** The manifest's namespace. */
    public String manifestNamespace() {
        return "http://www.imsglobal.org/xsd/" + profile + "/imscp_v1p1";
    }

    /** The namespace of the LOM metadata of the manifest. */
    public String lomNamespace() {
        return "http://ltsc.ieee.org/xsd/" + profile + "/LOM/manifest";
    }

    public String webLinkType() {
        return webLinkType;
    }

    public String webLinkNamespace() {
        return webLinkNamespace;
    }

    public String ltiLinkType() {
        return ltiLinkType;
    }

    public String ltiLinkNamespace() {
        return ltiLinkNamespace;
    }
}

package fr.plume.framework.format.casejson;

/**
 * How Plume maps its model onto IMS CASE 1.0 (documented in docs/formats.md):
 * <ul>
 * <li>Framework → CFDocument: identifier, title (fr), description (fr), version, licenseURI.title (licence);
 *     code and English texts under {@code extensions.plume} (CASE 1.0 has no multilingual fields).</li>
 * <li>Domain, Competency, level descriptor → CFItem with CFItemType "Domaine", "Compétence", "Niveau";
 *     humanCodingScheme = code ("2.3", levels "2.3.N4"), fullStatement = French title (level: French text),
 *     notes = French description, listEnumeration = level number;
 *     English translation of field X in {@code extensions.plume.en.X}.</li>
 * <li>Hierarchy → CFAssociation "isChildOf" from child to parent (domain → document), sequenceNumber = order.</li>
 * <li>Level items and associations get identifiers derived from their owner, so they stay stable across versions.</li>
 * </ul>
 */
final class CaseMapping {

    static final String PACKAGE_WRAPPER = "CFPackage";
    static final String DOCUMENT = "CFDocument";
    static final String ITEMS = "CFItems";
    static final String ASSOCIATIONS = "CFAssociations";
    static final String DEFINITIONS = "CFDefinitions";
    static final String IS_CHILD_OF = "isChildOf";
    static final String EXTENSIONS = "extensions";
    static final String PLUME = "plume";
    static final String ENGLISH = "en";
    static final String CODE = "code";

    static final String TYPE_DOMAIN = "Domaine";
    static final String TYPE_COMPETENCY = "Compétence";
    static final String TYPE_LEVEL = "Niveau";
    static final String LEVEL_CODE_SEPARATOR = ".N";

    static final int DOMAIN_DEPTH = 1;
    static final int COMPETENCY_DEPTH = 2;
    static final int LEVEL_DEPTH = 3;

    private CaseMapping() {
    }
}

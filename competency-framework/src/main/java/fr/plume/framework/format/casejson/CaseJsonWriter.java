package fr.plume.framework.format.casejson;

import fr.plume.framework.model.Competency;
import fr.plume.framework.model.Domain;
import fr.plume.framework.model.Framework;
import fr.plume.framework.model.LevelDescriptor;
import fr.plume.framework.model.LocalizedText;
import fr.plume.framework.validation.Uuids;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static fr.plume.framework.format.casejson.CaseMapping.*;

/** Writes a framework as an IMS CASE 1.0 JSON package (see {@link CaseMapping}). */
public final class CaseJsonWriter {

    /** CASE requires a creator; the model does not carry one, every Plume framework is the consortium's. */
    static final String CREATOR = "Consortium Plume";

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Framework framework;
    private final String lastChange;
    private final ObjectNode documentLink;
    private final ArrayNode items;
    private final ArrayNode associations;

    private CaseJsonWriter(Framework framework, Instant lastChange) {
        this.framework = framework;
        this.lastChange = lastChange.truncatedTo(ChronoUnit.SECONDS).toString();
        this.documentLink = link(framework.title().fr(), framework.idnumber());
        this.items = MAPPER.createArrayNode();
        this.associations = MAPPER.createArrayNode();
    }

    public static byte[] write(Framework framework) {
        return write(framework, Clock.systemUTC().instant());
    }

    /** Writes with a fixed {@code lastChangeDateTime}, for reproducible output. */
    public static byte[] write(Framework framework, Instant lastChange) {
        return MAPPER.writeValueAsBytes(new CaseJsonWriter(framework, lastChange).packageNode());
    }

    private ObjectNode packageNode() {
        ObjectNode root = MAPPER.createObjectNode();
        root.set(DOCUMENT, document());
        int domainSequence = 1;
        for (Domain domain : framework.domains()) {
            addDomain(domain, domainSequence++);
        }
        root.set(ITEMS, items);
        root.set(ASSOCIATIONS, associations);
        root.set(DEFINITIONS, definitions());
        return root;
    }

    private ObjectNode document() {
        ObjectNode document = MAPPER.createObjectNode();
        document.put("identifier", framework.idnumber().toString());
        document.put("uri", urn(framework.idnumber()));
        document.put("creator", CREATOR);
        document.put("title", framework.title().fr());
        putIfNotEmpty(document, "description", framework.description().fr());
        document.put("version", framework.version());
        document.put("language", "fr");
        document.put("lastChangeDateTime", lastChange);
        document.set("licenseURI", link(framework.licence(), licenceId()));
        ObjectNode plume = MAPPER.createObjectNode();
        plume.put(CODE, framework.code());
        ObjectNode english = MAPPER.createObjectNode();
        putIfNotEmpty(english, "title", framework.title().en());
        putIfNotEmpty(english, "description", framework.description().en());
        plume.set(ENGLISH, english);
        document.set(EXTENSIONS, MAPPER.createObjectNode().set(PLUME, plume));
        return document;
    }

    private void addDomain(Domain domain, int sequence) {
        items.add(item(domain.idnumber(), domain.code(), TYPE_DOMAIN, domain.title(), domain.description(), null));
        associations.add(childOf(domain.idnumber(), domain.title().fr(), documentLink, sequence));
        int competencySequence = 1;
        for (Competency competency : domain.competencies()) {
            items.add(item(competency.idnumber(), competency.code(), TYPE_COMPETENCY, competency.title(),
                    competency.description(), null));
            associations.add(childOf(competency.idnumber(), competency.title().fr(),
                    link(domain.title().fr(), domain.idnumber()), competencySequence++));
            for (LevelDescriptor descriptor : competency.levels()) {
                UUID levelId = levelItemId(competency.idnumber(), descriptor.level());
                items.add(item(levelId, competency.code() + LEVEL_CODE_SEPARATOR + descriptor.level(), TYPE_LEVEL,
                        descriptor.text(), LocalizedText.EMPTY, descriptor.level()));
                associations.add(childOf(levelId, descriptor.text().fr(),
                        link(competency.title().fr(), competency.idnumber()), descriptor.level()));
            }
        }
    }

    private ObjectNode item(UUID id, String code, String type, LocalizedText statement, LocalizedText notes, Integer level) {
        ObjectNode item = MAPPER.createObjectNode();
        item.put("identifier", id.toString());
        item.put("uri", urn(id));
        item.put("fullStatement", statement.fr());
        item.put("humanCodingScheme", code);
        if (level != null) {
            item.put("listEnumeration", String.valueOf(level));
        }
        putIfNotEmpty(item, "notes", notes.fr());
        item.put("CFItemType", type);
        item.set("CFItemTypeURI", link(type, itemTypeId(type)));
        item.put("language", "fr");
        item.put("lastChangeDateTime", lastChange);
        item.set("CFDocumentURI", documentLink.deepCopy());
        ObjectNode english = MAPPER.createObjectNode();
        putIfNotEmpty(english, "fullStatement", statement.en());
        putIfNotEmpty(english, "notes", notes.en());
        if (!english.isEmpty()) {
            item.set(EXTENSIONS, MAPPER.createObjectNode().set(PLUME, MAPPER.createObjectNode().set(ENGLISH, english)));
        }
        return item;
    }

    private ObjectNode childOf(UUID child, String childTitle, ObjectNode parent, int sequence) {
        String parentId = parent.get("identifier").asString();
        ObjectNode association = MAPPER.createObjectNode();
        UUID id = Uuids.derived("isChildOf:" + child + ":" + parentId);
        association.put("identifier", id.toString());
        association.put("associationType", IS_CHILD_OF);
        association.put("sequenceNumber", sequence);
        association.put("uri", urn(id));
        association.set("originNodeURI", link(childTitle, child));
        association.set("destinationNodeURI", parent.deepCopy());
        association.set("CFDocumentURI", documentLink.deepCopy());
        association.put("lastChangeDateTime", lastChange);
        return association;
    }

    private ObjectNode definitions() {
        ArrayNode types = MAPPER.createArrayNode();
        for (String type : new String[] {TYPE_DOMAIN, TYPE_COMPETENCY, TYPE_LEVEL}) {
            ObjectNode definition = MAPPER.createObjectNode();
            definition.put("identifier", itemTypeId(type).toString());
            definition.put("uri", urn(itemTypeId(type)));
            definition.put("title", type);
            definition.put("description", switch (type) {
                case TYPE_DOMAIN -> "Domaine du référentiel, regroupant des compétences.";
                case TYPE_COMPETENCY -> "Compétence évaluée, décrite par six niveaux.";
                default -> "Descripteur d'un niveau (1 à 6) d'une compétence.";
            });
            definition.put("hierarchyCode", type);
            definition.put("lastChangeDateTime", lastChange);
            types.add(definition);
        }
        ObjectNode licence = MAPPER.createObjectNode();
        licence.put("identifier", licenceId().toString());
        licence.put("uri", urn(licenceId()));
        licence.put("title", framework.licence());
        licence.put("licenseText", framework.licence());
        licence.put("lastChangeDateTime", lastChange);
        ObjectNode definitions = MAPPER.createObjectNode();
        definitions.set("CFItemTypes", types);
        definitions.set("CFLicenses", MAPPER.createArrayNode().add(licence));
        return definitions;
    }

    static UUID levelItemId(UUID competency, int level) {
        return Uuids.derived("level:" + competency + ":" + level);
    }

    private UUID licenceId() {
        return Uuids.derived("licence:" + framework.licence());
    }

    private static UUID itemTypeId(String type) {
        return Uuids.derived("CFItemType:" + type);
    }

    private static ObjectNode link(String title, UUID id) {
        ObjectNode link = MAPPER.createObjectNode();
        link.put("title", title);
        link.put("identifier", id.toString());
        link.put("uri", urn(id));
        return link;
    }

    private static String urn(UUID id) {
        return "urn:uuid:" + id;
    }

    private static void putIfNotEmpty(ObjectNode node, String name, String value) {
        if (!value.isEmpty()) {
            node.put(name, value);
        }
    }
}

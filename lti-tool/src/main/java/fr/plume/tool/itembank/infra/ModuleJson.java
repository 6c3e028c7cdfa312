package fr.plume.tool.itembank.infra;

import fr.plume.framework.content.ItemStatus;
import fr.plume.framework.content.ModuleEntry;
import fr.plume.framework.content.OpenModule;
import fr.plume.framework.model.LocalizedText;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** An open module as stored in {@code itembank_module_version.content}. */
final class ModuleJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ModuleJson() {
    }

    static String write(OpenModule module) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", module.id().toString());
        node.put("version", module.version());
        node.set("title", text(module.title()));
        node.set("summary", text(module.summary()));
        ArrayNode objectives = node.putArray("objectives");
        module.objectives().forEach(o -> objectives.addObject().put("competency", o.competency()).set("text", text(o.text())));
        node.put("estimatedMinutes", module.estimatedMinutes());
        node.put("licence", module.licence());
        ArrayNode authors = node.putArray("authors");
        module.authors().forEach(authors::add);
        ArrayNode institutions = node.putArray("institutions");
        module.institutions().forEach(institutions::add);
        ArrayNode entries = node.putArray("entries");
        module.entries().forEach(entry -> entries.add(entry(entry)));
        node.put("status", module.status().name());
        return MAPPER.writeValueAsString(node);
    }

    static OpenModule read(String json) {
        JsonNode node = MAPPER.readTree(json);
        List<OpenModule.Objective> objectives = new ArrayList<>();
        node.get("objectives").forEach(o -> objectives.add(new OpenModule.Objective(o.get("competency").asString(),
                text(o.get("text")))));
        List<ModuleEntry> entries = new ArrayList<>();
        node.get("entries").forEach(e -> entries.add(entry(e)));
        return new OpenModule(UUID.fromString(node.get("id").asString()), node.get("version").asInt(),
                text(node.get("title")), text(node.get("summary")), objectives, node.get("estimatedMinutes").asInt(),
                node.get("licence").asString(), strings(node.get("authors")), strings(node.get("institutions")),
                entries, ItemStatus.valueOf(node.get("status").asString()));
    }

    private static ObjectNode entry(ModuleEntry entry) {
        ObjectNode node = MAPPER.createObjectNode();
        node.set("title", text(entry.title()));
        if (entry instanceof ModuleEntry.ItemEntry item) {
            node.put("kind", "item").put("itemId", item.itemId().toString()).put("itemVersion", item.itemVersion());
        } else if (entry instanceof ModuleEntry.PageEntry page) {
            node.put("kind", "page").set("html", text(page.html()));
        } else if (entry instanceof ModuleEntry.LinkEntry link) {
            node.put("kind", "link").put("url", link.url().toString());
        } else if (entry instanceof ModuleEntry.FileEntry file) {
            node.put("kind", "file").put("fileName", file.fileName()).put("mediaType", file.mediaType())
                    .put("sha256", file.sha256()).put("size", file.size());
        } else if (entry instanceof ModuleEntry.HarvestedEntry harvested) {
            node.put("kind", "harvested").put("identifier", harvested.identifier())
                    .put("url", harvested.url().toString());
        }
        return node;
    }

    private static ModuleEntry entry(JsonNode node) {
        LocalizedText title = text(node.get("title"));
        return switch (node.get("kind").asString()) {
            case "item" -> new ModuleEntry.ItemEntry(title, UUID.fromString(node.get("itemId").asString()),
                    node.get("itemVersion").asInt());
            case "page" -> new ModuleEntry.PageEntry(title, text(node.get("html")));
            case "link" -> new ModuleEntry.LinkEntry(title, URI.create(node.get("url").asString()));
            case "file" -> new ModuleEntry.FileEntry(title, node.get("fileName").asString(),
                    node.get("mediaType").asString(), node.get("sha256").asString(), node.get("size").asLong());
            case "harvested" -> new ModuleEntry.HarvestedEntry(title, node.get("identifier").asString(),
                    URI.create(node.get("url").asString()));
            default -> throw new IllegalStateException("unknown module entry kind " + node.get("kind"));
        };
    }

    private static ObjectNode text(LocalizedText text) {
        return MAPPER.createObjectNode().put("fr", text.fr()).put("en", text.en());
    }

    private static LocalizedText text(JsonNode node) {
        return new LocalizedText(node.path("fr").asString(""), node.path("en").asString(""));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }
}

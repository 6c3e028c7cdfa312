package fr.plume.tool.catalogue.application;

import fr.plume.framework.content.Item;
import fr.plume.framework.content.ItemStatus;
import fr.plume.framework.content.ModuleEntry;
import fr.plume.framework.content.OpenModule;
import fr.plume.sync.format.MoodleCategoryPath;
import fr.plume.sync.format.PlumeQuestions;
import fr.plume.tool.catalogue.domain.CartridgeVersion;
import fr.plume.tool.catalogue.domain.CommonCartridge;
import fr.plume.tool.itembank.api.PublishedModules.Published;
import fr.plume.tool.shared.domain.PlumeProblemException;
import fr.plume.tool.shared.domain.PublicUrl;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The downloads of a published module for other platforms: its Common Cartridge and the Moodle XML
 * of its questions. Only a module in the commons leaves the tool: an unknown, draft or retired one
 * is not found (CATALOGUE-MODULE-NOT-FOUND, 404), saying nothing of what exists.
 */
@Service
public class ExportModule {

    public static final String NOT_FOUND = "CATALOGUE-MODULE-NOT-FOUND";

    /** A file to send: its name and bytes. */
    public record Download(String fileName, byte[] bytes) {
    }

    private final CommonsModules modules;
    private final PublicUrl publicUrl;

    ExportModule(CommonsModules modules, PublicUrl publicUrl) {
        this.modules = modules;
        this.publicUrl = publicUrl;
    }

    /** @param moduleId the id as the address gives it, possibly not a UUID */
    public Download cartridge(String moduleId, CartridgeVersion version) {
        OpenModule module = published(moduleId);
        List<Item> items = modules.get().itemsOf(module);
        byte[] questions = items.isEmpty() ? null : moodleXml(module, items);
        Map<String, String> practice = practice(module);
        byte[] zip = CommonCartridge.write(new CommonCartridge.Content(module, launchUrl(practice), practice, questions),
                version);
        String suffix = version == CartridgeVersion.V1_3 ? "" : "-cc1.1";
        return new Download(baseName(module) + suffix + ".imscc", zip);
    }

    public Download moodleXml(String moduleId) {
        OpenModule module = published(moduleId);
        return new Download(baseName(module) + ".moodle.xml", moodleXml(module, modules.get().itemsOf(module)));
    }

    /**
     * The custom parameters of the module's practice link, as Deep Linking places a formative
     * activity: its kind, its identity (the gradebook line's resourceId), and its first competency.
     */
    static Map<String, String> practice(OpenModule module) {
        Map<String, String> custom = new LinkedHashMap<>();
        custom.put("plume_kind", "FORMATIVE");
        custom.put("plume_activity", "module-" + module.id());
        module.objectives().stream().findFirst()
                .ifPresent(objective -> custom.put("plume_competency", objective.competency()));
        return custom;
    }

    /**
     * The launch address carries the practice's parameters too: Moodle restores the link without
     * its custom parameters, and the tool reads them from the launch's target link instead.
     */
    private String launchUrl(Map<String, String> parameters) {
        StringBuilder url = new StringBuilder(publicUrl.base()).append("/lti/launch");
        char separator = '?';
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            url.append(separator).append(parameter.getKey()).append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return url.toString();
    }

    private OpenModule published(String moduleId) {
        Optional<UUID> id;
        try {
            id = Optional.of(UUID.fromString(moduleId));
        } catch (IllegalArgumentException e) {
            id = Optional.empty();
        }
        return id.flatMap(modules.get()::find)
                .filter(published -> !published.retired())
                .map(Published::module)
                .filter(module -> module.status() == ItemStatus.PUBLISHED)
                .orElseThrow(() -> new PlumeProblemException(NOT_FOUND, 404));
    }

    /** The questions in one category named after the module and its version, items at their module versions. */
    private static byte[] moodleXml(OpenModule module, List<Item> items) {
        Map<UUID, Integer> versions = new HashMap<>();
        module.entries().stream().filter(ModuleEntry.ItemEntry.class::isInstance).map(ModuleEntry.ItemEntry.class::cast)
                .forEach(entry -> versions.put(entry.itemId(), entry.itemVersion()));
        String category = MoodleCategoryPath.segment("Plume — " + module.title().fr() + " (v" + module.version() + ")");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PlumeQuestions.write(category, items.stream()
                    .map(item -> new PlumeQuestions.Versioned(item, versions.getOrDefault(item.id(), 1))).toList(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String baseName(OpenModule module) {
        return "plume-module-" + module.id() + "-v" + module.version();
    }
}

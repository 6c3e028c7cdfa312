package fr.plume.sync.catalogue;

import fr.plume.framework.content.MatchingPolicy;
import fr.plume.sync.format.DraftItem;
import fr.plume.sync.i18n.LocalizedArgumentException;
import fr.plume.sync.i18n.LocalizedIOException;
import fr.plume.sync.i18n.Phrase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Open modules from a JSON file for the CLI's {@code questions export --modules}:
 * {@code {"modules":[{"moduleId","title","licence","published","questions":[…]}]}}, each
 * question a draft item (the JSON that {@code resources harvest --questions} writes in its drafts
 * file) with an optional {@code "matching"} object ({@code foldLigatures}, {@code caseSensitive},
 * {@code ignoreFinalPunctuation}; what it omits keeps Plume's default). The format is described in
 * docs/moodle-sync.md.
 */
public final class FileOpenModules implements OpenModuleQuestionSource {

    /** A hand-written file may leave out numbers that default to 0 (a choice's group, a wrong answer's fraction). */
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    private final List<Module> modules;

    private record Module(String moduleId, String title, String licence, boolean published,
                          List<ModuleQuestion> questions) {
    }

    public FileOpenModules(Path path) {
        try {
            this.modules = read(JSON.readTree(Files.readAllBytes(path)));
        } catch (IOException e) {
            throw new LocalizedIOException(Phrase.of("io.unreadable", path), e);
        } catch (JacksonException e) {
            throw new LocalizedArgumentException(Phrase.of("modules.invalid", path, e.getOriginalMessage()), e);
        }
    }

    private static List<Module> read(JsonNode root) {
        List<Module> out = new ArrayList<>();
        for (JsonNode m : root.path("modules")) {
            List<ModuleQuestion> questions = new ArrayList<>();
            for (JsonNode q : m.path("questions")) {
                ObjectNode item = ((ObjectNode) q).deepCopy();
                JsonNode matching = item.remove("matching");
                // Moodle's defaults for what a hand-written question may leave out
                if (!item.has("defaultGrade")) {
                    item.put("defaultGrade", 1);
                }
                if (!item.has("shuffle")) {
                    item.put("shuffle", true);
                }
                questions.add(new ModuleQuestion(JSON.treeToValue(item, DraftItem.class), policy(matching)));
            }
            out.add(new Module(m.path("moduleId").asString(""), m.path("title").asString(""),
                    m.path("licence").asString(""), m.path("published").asBoolean(false), questions));
        }
        return out;
    }

    /** The given fields over Plume's default policy, so that a file naming one field keeps the others' defaults. */
    private static MatchingPolicy policy(JsonNode given) {
        if (given == null || !given.isObject()) {
            return MatchingPolicy.DEFAULT;
        }
        ObjectNode merged = JSON.valueToTree(MatchingPolicy.DEFAULT);
        merged.setAll((ObjectNode) given);
        return JSON.treeToValue(merged, MatchingPolicy.class);
    }

    @Override
    public Optional<PublishedModule> publishedModule(String moduleId) {
        return modules.stream().filter(m -> m.moduleId().equals(moduleId) && m.published()).findFirst()
                .map(m -> new PublishedModule(m.moduleId(), m.title(), m.licence(), m.questions()));
    }
}

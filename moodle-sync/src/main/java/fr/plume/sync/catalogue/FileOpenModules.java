package fr.plume.sync.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/** Open modules from a JSON file ({@code {"modules":[{moduleId,title,licence,published,questions}]}}) for the CLI. */
public final class FileOpenModules implements OpenModuleQuestionSource {

    public record ModuleEntry(String moduleId, String title, String licence, boolean published,
                              List<fr.plume.sync.format.DraftItem> questions) {
    }

    public record ModulesFile(List<ModuleEntry> modules) {
    }

    private final ModulesFile file;

    public FileOpenModules(Path path) {
        try {
            this.file = JsonMapper.builder().build().readValue(Files.readAllBytes(path), ModulesFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Lecture des modules ouverts impossible", e);
        }
    }

    @Override
    public Optional<PublishedModule> publishedModule(String moduleId) {
        return file.modules().stream().filter(m -> m.moduleId().equals(moduleId) && m.published()).findFirst()
                .map(m -> new PublishedModule(m.moduleId(), m.title(), m.licence(), m.questions()));
    }
}

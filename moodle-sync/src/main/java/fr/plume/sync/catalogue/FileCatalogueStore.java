package fr.plume.sync.catalogue;

import fr.plume.sync.i18n.LocalizedIOException;
import fr.plume.sync.i18n.Phrase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The catalogue as one JSON file, loaded at start and rewritten atomically on {@link #commit()}. */
public final class FileCatalogueStore implements CatalogueStore {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Path file;
    private final Map<String, CatalogueEntry> entries = new TreeMap<>();
    private boolean dirty;

    public record CatalogueFile(int version, List<CatalogueEntry> resources) {
    }

    public FileCatalogueStore(Path file) {
        this.file = file;
        if (Files.exists(file)) {
            try {
                CatalogueFile content = JSON.readValue(Files.readAllBytes(file), CatalogueFile.class);
                for (CatalogueEntry e : content.resources()) {
                    entries.put(e.resource().sourceId(), e);
                }
            } catch (IOException e) {
                throw new LocalizedIOException(Phrase.of("io.unreadable", file), e);
            }
        }
    }

    @Override
    public Optional<CatalogueEntry> findBySourceId(String sourceId) {
        return Optional.ofNullable(entries.get(sourceId));
    }

    @Override
    public void upsert(HarvestedResource resource) {
        entries.put(resource.sourceId(), new CatalogueEntry(resource, false, ""));
        dirty = true;
    }

    @Override
    public void withdraw(String sourceId, String reason) {
        CatalogueEntry e = entries.get(sourceId);
        if (e != null) {
            entries.put(sourceId, new CatalogueEntry(e.resource(), true, reason));
            dirty = true;
        }
    }

    @Override
    public Set<String> activeSourceIds(String origin) {
        return entries.values().stream().filter(e -> !e.withdrawn() && e.resource().origin().equals(origin))
                .map(e -> e.resource().sourceId()).collect(Collectors.toSet());
    }

    public List<CatalogueEntry> all() {
        return List.copyOf(entries.values());
    }

    @Override
    public void commit() {
        if (dirty) {
            AtomicFiles.write(file, JSON.writeValueAsBytes(new CatalogueFile(1, List.copyOf(entries.values()))));
            dirty = false;
        }
    }
}

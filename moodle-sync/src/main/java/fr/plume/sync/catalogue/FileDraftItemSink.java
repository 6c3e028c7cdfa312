package fr.plume.sync.catalogue;

import fr.plume.sync.format.DraftItem;
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

/** Draft items as one JSON file, rewritten atomically on {@link #commit()}. */
public final class FileDraftItemSink implements DraftItemSink {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Path file;
    private final Map<String, StoredDraft> drafts = new TreeMap<>();
    private boolean dirty;

    public record StoredDraft(String origin, DraftItem item, boolean withdrawn, String withdrawalReason) {
    }

    public record DraftFile(int version, List<StoredDraft> drafts) {
    }

    public FileDraftItemSink(Path file) {
        this.file = file;
        if (Files.exists(file)) {
            try {
                for (StoredDraft d : JSON.readValue(Files.readAllBytes(file), DraftFile.class).drafts()) {
                    drafts.put(d.item().sourceId(), d);
                }
            } catch (IOException e) {
                throw new LocalizedIOException(Phrase.of("io.unreadable", file), e);
            }
        }
    }

    @Override
    public Optional<String> contentHashOf(String sourceId) {
        StoredDraft d = drafts.get(sourceId);
        return d == null || d.withdrawn() ? Optional.empty() : Optional.of(d.item().contentHash());
    }

    @Override
    public void upsert(String origin, DraftItem item) {
        drafts.put(item.sourceId(), new StoredDraft(origin, item, false, ""));
        dirty = true;
    }

    @Override
    public void withdraw(String sourceId, String reason) {
        StoredDraft d = drafts.get(sourceId);
        if (d != null) {
            drafts.put(sourceId, new StoredDraft(d.origin(), d.item(), true, reason));
            dirty = true;
        }
    }

    @Override
    public Set<String> activeSourceIds(String origin) {
        return drafts.values().stream().filter(d -> !d.withdrawn() && d.origin().equals(origin))
                .map(d -> d.item().sourceId()).collect(Collectors.toSet());
    }

    public List<StoredDraft> all() {
        return List.copyOf(drafts.values());
    }

    @Override
    public void commit() {
        if (dirty) {
            AtomicFiles.write(file, JSON.writeValueAsBytes(new DraftFile(1, List.copyOf(drafts.values()))));
            dirty = false;
        }
    }
}

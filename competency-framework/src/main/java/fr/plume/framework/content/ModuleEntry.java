package fr.plume.framework.content;

import fr.plume.framework.model.LocalizedText;
import java.net.URI;
import java.util.Objects;
import java.util.UUID;

/** One step of an {@link OpenModule}, in the order students meet it. */
public sealed interface ModuleEntry {

    LocalizedText title();

    /** An item of the bank, at the version the module was published with. */
    record ItemEntry(LocalizedText title, UUID itemId, int itemVersion) implements ModuleEntry {
        public ItemEntry {
            Objects.requireNonNull(itemId, "itemId");
        }
    }

    /** A text page; {@code html} is already sanitised by the allow-list on save. */
    record PageEntry(LocalizedText title, LocalizedText html) implements ModuleEntry {
    }

    /** A link to a resource on the web. */
    record LinkEntry(LocalizedText title, URI url) implements ModuleEntry {
        public LinkEntry {
            Objects.requireNonNull(url, "url");
        }
    }

    /** A file stored by the tool, identified by the SHA-256 of its content. */
    record FileEntry(LocalizedText title, String fileName, String mediaType, String sha256, long size)
            implements ModuleEntry {
    }

    /** An open resource harvested into the catalogue (OAI-PMH identifier). */
    record HarvestedEntry(LocalizedText title, String identifier, URI url) implements ModuleEntry {
    }
}

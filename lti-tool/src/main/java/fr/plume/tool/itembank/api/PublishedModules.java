package fr.plume.tool.itembank.api;

import fr.plume.framework.content.Item;
import fr.plume.framework.content.OpenModule;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The consortium's commons as others read it (public catalogue, OAI-PMH provider, Common Cartridge
 * export, Deep Linking picker): the latest published version of every open module, and the ones
 * retired since (OAI-PMH "deleted" records).
 */
public interface PublishedModules {

    /**
     * @param module    the latest published version; for a retired module, its last published one
     * @param changedAt when it was published or retired (OAI-PMH datestamp)
     * @param retired   true once the module left the commons
     */
    record Published(OpenModule module, Instant changedAt, boolean retired) {
    }

    /** Where a page of {@link #changedBetween} stopped; stable under concurrent publication. */
    record Cursor(Instant changedAt, UUID moduleId) {
    }

    /**
     * Modules changed in [from, until] (either bound may be null), ordered by (changedAt, id),
     * strictly after {@code after} when given, at most {@code limit}.
     */
    List<Published> changedBetween(Instant from, Instant until, Cursor after, int limit);

    Optional<Published> find(UUID moduleId);

    /** The earliest change (OAI-PMH Identify earliestDatestamp); empty when nothing was ever published. */
    Optional<Instant> earliestChange();

    /** Every module in the commons now (published, not retired), most recently published first. */
    default List<Published> inCommons() {
        return changedBetween(null, null, null, Integer.MAX_VALUE).stream().filter(p -> !p.retired())
                .sorted(java.util.Comparator.comparing(Published::changedAt).reversed()).toList();
    }

    /** The items of a module at the versions it was published with, in module order. */
    List<Item> itemsOf(OpenModule module);
}

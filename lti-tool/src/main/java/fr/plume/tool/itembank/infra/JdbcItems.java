package fr.plume.tool.itembank.infra;

import fr.plume.framework.content.Item;
import fr.plume.framework.content.ItemJson;
import fr.plume.tool.itembank.api.ItemCatalog;
import fr.plume.tool.itembank.api.ParameterVersions;
import fr.plume.tool.itembank.api.PublishedItem;
import fr.plume.tool.itembank.domain.Items;
import fr.plume.tool.shared.infra.AfterCommit;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Items in PostgreSQL. The published list is cached per node and reloaded when the bank's
 * fingerprint (count and last change of items and parameters) moves, so several nodes stay in step.
 * The fingerprint itself is read at most every {@link #RECHECK} (every student page needs the
 * bank): another node's change shows here within that time, this node's at once.
 */
@Repository
public class JdbcItems implements ItemCatalog, Items, ParameterVersions {

    /** The version name of parameters derived from an item's level before any calibration. */
    public static final String PRIOR_VERSION = "prior";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AtomicReference<Cached> cache = new AtomicReference<>();

    public JdbcItems(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static final Duration RECHECK = Duration.ofSeconds(5);

    private record Cached(String fingerprint, List<PublishedItem> items, long checkedAtNanos) {
    }

    @Override
    @Transactional
    public boolean insertIfAbsent(Item item) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        int inserted = jdbc.sql("""
                INSERT INTO itembank_item (id, family, variant, type, competency, level, status,
                    screen_reader_friendly, colour_blind_safe, licence, authors, content, created_at, updated_at)
                VALUES (:id, :family, :variant, :type, :competency, :level, :status, :sr, :cb, :licence,
                    :authors, CAST(:content AS jsonb), :now, :now)
                ON CONFLICT DO NOTHING""")
                .param("id", item.id()).param("family", item.family()).param("variant", item.variant())
                .param("type", item.type().name()).param("competency", item.competency())
                .param("level", item.level()).param("status", item.status().name())
                .param("sr", item.accessibility().screenReaderFriendly())
                .param("cb", item.accessibility().colourBlindSafe())
                .param("licence", item.licence())
                .param("authors", item.authors().toArray(String[]::new))
                .param("content", ItemJson.write(item.competency(), List.of(item)))
                .param("now", now)
                .update();
        if (inserted == 0) {
            return false;
        }
        AfterCommit.forgetNowAndAfter(() -> cache.set(null));
        jdbc.sql("""
                INSERT INTO itembank_item_version (item_id, version, status, type, competency, level, content, author,
                    created_at, updated_at)
                SELECT id, version, status, type, competency, level, content, :author, created_at, updated_at
                  FROM itembank_item WHERE id = :id ON CONFLICT DO NOTHING""")
                .param("id", item.id()).param("author", "bank")
                .update();
        jdbc.sql("""
                INSERT INTO itembank_item_parameters (item_id, version, a, b, source, created_at)
                VALUES (:id, :version, :a, :b, 'PRIOR', :now) ON CONFLICT DO NOTHING""")
                .param("id", item.id()).param("version", PRIOR_VERSION)
                .param("a", item.irt().a()).param("b", item.irt().b()).param("now", now)
                .update();
        return true;
    }

    /**
     * A promoted calibration: each item gets the version as its latest parameters (created now, so
     * it is the one in force), and this node's cached list is dropped after commit.
     */
    @Override
    @Transactional
    public void add(String version, List<CalibratedParameters> parameters) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        for (CalibratedParameters item : parameters) {
            jdbc.sql("""
                    INSERT INTO itembank_item_parameters (item_id, version, a, b, source, created_at)
                    VALUES (:item, :version, :a, :b, 'CALIBRATED', :now)""")
                    .param("item", item.itemId()).param("version", version).param("a", item.a())
                    .param("b", item.b()).param("now", now)
                    .update();
        }
        AfterCommit.forgetNowAndAfter(() -> cache.set(null));
    }

    @Override
    @Transactional
    public boolean addPretestParameters(UUID itemId, double a, double b) {
        boolean added = jdbc.sql("""
                INSERT INTO itembank_item_parameters (item_id, version, a, b, source, created_at)
                VALUES (:item, :version, :a, :b, 'PRIOR', :now) ON CONFLICT DO NOTHING""")
                .param("item", itemId).param("version", PublishedItem.PRETEST_VERSION).param("a", a).param("b", b)
                .param("now", Timestamp.from(Instant.now(clock)))
                .update() == 1;
        AfterCommit.forgetNowAndAfter(() -> cache.set(null));
        return added;
    }

    @Override
    public List<PublishedItem> published() {
        Cached recent = cache.get();
        long now = System.nanoTime();
        if (recent != null && now - recent.checkedAtNanos() < RECHECK.toNanos()) {
            return recent.items();
        }
        String fingerprint = jdbc.sql("""
                SELECT (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM itembank_item)
                    || '/' || (SELECT count(*) || ':' || coalesce(max(created_at)::text, '') FROM itembank_item_parameters)""")
                .query(String.class).single();
        Cached cached = cache.get();
        if (cached != null && cached.fingerprint().equals(fingerprint)) {
            cache.set(new Cached(fingerprint, cached.items(), now));
            return cached.items();
        }
        List<PublishedItem> items = jdbc.sql("""
                SELECT i.content::text AS content, i.version AS item_version, p.version, p.a, p.b
                  FROM itembank_item i
                  JOIN LATERAL (SELECT version, a, b FROM itembank_item_parameters
                                 WHERE item_id = i.id ORDER BY created_at DESC, version DESC LIMIT 1) p ON true
                 WHERE i.status = 'PUBLISHED'
                 ORDER BY i.competency, i.id""")
                .query((rs, n) -> new PublishedItem(parse(rs.getString("content")), rs.getString("version"),
                        rs.getDouble("a"), rs.getDouble("b"), rs.getInt("item_version")))
                .list();
        List<PublishedItem> copy = List.copyOf(items);
        cache.set(new Cached(fingerprint, copy, now));
        return copy;
    }

    @Override
    public Optional<Item> item(UUID id) {
        return jdbc.sql("SELECT content::text FROM itembank_item WHERE id = :id")
                .param("id", id)
                .query(String.class).optional()
                .map(JdbcItems::parse);
    }

    @Override
    public Optional<Item> item(UUID id, int version) {
        return jdbc.sql("SELECT content::text FROM itembank_item_version WHERE item_id = :id AND version = :version")
                .param("id", id).param("version", version)
                .query(String.class).optional()
                .map(JdbcItems::parse);
    }

    /** Forgets the published list now (this node changed the bank). */
    void forget() {
        AfterCommit.forgetNowAndAfter(() -> cache.set(null));
    }

    public int count() {
        return jdbc.sql("SELECT count(*) FROM itembank_item").query(Integer.class).single();
    }

    static Item parse(String content) {
        ItemJson.FileResult file = ItemJson.read("itembank_item.json", content.getBytes(StandardCharsets.UTF_8));
        if (!file.valid() || file.items().size() != 1) {
            throw new IllegalStateException("stored item content is unreadable: " + file.problems());
        }
        return file.items().get(0);
    }
}

package fr.plume.tool.itembank.infra;

import fr.plume.framework.content.Item;
import fr.plume.framework.content.ItemJson;
import fr.plume.framework.content.ItemStatus;
import fr.plume.tool.itembank.domain.Comment;
import fr.plume.tool.itembank.domain.Comments;
import fr.plume.tool.itembank.domain.ItemVersion;
import fr.plume.tool.itembank.domain.ItemVersions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Item versions and review comments in PostgreSQL. Items are consortium-wide (like the bank
 * itself): every author of every member works on the same commons, so no member filter applies.
 */
@Repository
public class JdbcItemVersions implements ItemVersions, Comments {

    private static final String COLUMNS = "item_id, version, content::text AS content, author, reviewer, updated_at";

    private final JdbcClient jdbc;
    private final JdbcItems items;
    private final VersionTable<ItemVersion> versions;

    public JdbcItemVersions(JdbcClient jdbc, JdbcItems items) {
        this.jdbc = jdbc;
        this.items = items;
        this.versions = new VersionTable<>(jdbc, "itembank_item_version", "item_id", COLUMNS, JdbcItemVersions::version);
    }

    @Override
    public Optional<ItemVersion> latest(UUID itemId) {
        return versions.latest(itemId);
    }

    @Override
    public Optional<ItemVersion> find(UUID itemId, int version) {
        return versions.find(itemId, version);
    }

    @Override
    public List<ItemVersion> latestOfEach() {
        return versions.latestOfEach();
    }

    @Override
    public boolean insert(ItemVersion version) {
        Item item = version.item();
        try {
            return jdbc.sql("""
                    INSERT INTO itembank_item_version (item_id, version, status, type, competency, level, content, author,
                        created_at, updated_at)
                    VALUES (:id, :version, :status, :type, :competency, :level, CAST(:content AS jsonb), :author, :at, :at)
                    ON CONFLICT (item_id, version) DO NOTHING""")
                    .param("id", item.id()).param("version", version.version()).param("status", item.status().name())
                    .param("type", item.type().name()).param("competency", item.competency())
                    .param("level", item.level()).param("content", ItemJson.write(item.competency(), List.of(item)))
                    .param("author", version.author()).param("at", Timestamp.from(version.updatedAt()))
                    .update() == 1;
        } catch (DuplicateKeyException e) {
            return false; // another version of this item is already open
        }
    }

    @Override
    public boolean updateDraft(ItemVersion version) {
        Item item = version.item();
        return jdbc.sql("""
                UPDATE itembank_item_version SET type = :type, competency = :competency, level = :level,
                       content = CAST(:content AS jsonb), updated_at = :at
                 WHERE item_id = :id AND version = :version AND status = 'DRAFT'""")
                .param("id", item.id()).param("version", version.version())
                .param("type", item.type().name()).param("competency", item.competency())
                .param("level", item.level()).param("content", ItemJson.write(item.competency(), List.of(item)))
                .param("at", Timestamp.from(version.updatedAt()))
                .update() == 1;
    }

    @Override
    public boolean move(UUID itemId, int version, ItemStatus from, ItemStatus to, String reviewer, Instant at) {
        return jdbc.sql("""
                UPDATE itembank_item_version
                   SET status = :to, reviewer = coalesce(:reviewer, reviewer), updated_at = :at,
                       content = jsonb_set(content, '{items,0,status}', to_jsonb(CAST(:to AS text)))
                 WHERE item_id = :id AND version = :version AND status = :from""")
                .param("id", itemId).param("version", version).param("from", from.name()).param("to", to.name())
                .param("reviewer", reviewer).param("at", Timestamp.from(at))
                .update() == 1;
    }

    @Override
    public void putInForce(ItemVersion published, Instant at) {
        Item item = published.item();
        Timestamp now = Timestamp.from(at);
        jdbc.sql("""
                INSERT INTO itembank_item (id, family, variant, type, competency, level, status, screen_reader_friendly,
                    colour_blind_safe, licence, authors, content, created_at, updated_at, version)
                VALUES (:id, :family, :variant, :type, :competency, :level, 'PUBLISHED', :sr, :cb, :licence, :authors,
                    CAST(:content AS jsonb), :now, :now, :version)
                ON CONFLICT (id) DO UPDATE SET family = excluded.family, variant = excluded.variant,
                    type = excluded.type, competency = excluded.competency, level = excluded.level, status = 'PUBLISHED',
                    screen_reader_friendly = excluded.screen_reader_friendly,
                    colour_blind_safe = excluded.colour_blind_safe, licence = excluded.licence,
                    authors = excluded.authors, content = excluded.content, updated_at = excluded.updated_at,
                    version = excluded.version""")
                .param("id", item.id()).param("family", item.family()).param("variant", item.variant())
                .param("type", item.type().name()).param("competency", item.competency()).param("level", item.level())
                .param("sr", item.accessibility().screenReaderFriendly())
                .param("cb", item.accessibility().colourBlindSafe()).param("licence", item.licence())
                .param("authors", item.authors().toArray(String[]::new))
                .param("content", ItemJson.write(item.competency(), List.of(item)))
                .param("now", now).param("version", published.version())
                .update();
        jdbc.sql("""
                INSERT INTO itembank_item_parameters (item_id, version, a, b, source, created_at)
                VALUES (:id, :version, :a, :b, 'PRIOR', :now) ON CONFLICT DO NOTHING""")
                .param("id", item.id()).param("version", JdbcItems.PRIOR_VERSION)
                .param("a", item.irt().a()).param("b", item.irt().b()).param("now", now)
                .update();
        items.forget();
    }

    @Override
    public void withdraw(UUID itemId, Instant at) {
        jdbc.sql("""
                UPDATE itembank_item SET status = 'RETIRED', updated_at = :at,
                       content = jsonb_set(content, '{items,0,status}', '"RETIRED"')
                 WHERE id = :id""")
                .param("id", itemId).param("at", Timestamp.from(at)).update();
        items.forget();
    }

    @Override
    public boolean variantFree(UUID itemId, String family, int variant) {
        return jdbc.sql("""
                SELECT NOT EXISTS (SELECT 1 FROM itembank_item WHERE family = :family AND variant = :variant AND id <> :id)
                   AND NOT EXISTS (SELECT 1 FROM itembank_item_version
                                    WHERE content #>> '{items,0,family}' = :family
                                      AND (content #>> '{items,0,variant}')::int = :variant AND item_id <> :id)""")
                .param("id", itemId).param("family", family).param("variant", variant)
                .query(Boolean.class).single();
    }

    @Override
    public void add(Comment comment) {
        jdbc.sql("""
                INSERT INTO itembank_item_comment (id, item_id, version, author, author_name, body, created_at)
                VALUES (:id, :item, :version, :author, :name, :body, :at)""")
                .param("id", comment.id()).param("item", comment.itemId()).param("version", comment.version())
                .param("author", comment.author()).param("name", comment.authorName()).param("body", comment.body())
                .param("at", Timestamp.from(comment.createdAt()))
                .update();
    }

    @Override
    public List<Comment> of(UUID itemId) {
        return jdbc.sql("""
                SELECT id, item_id, version, author, author_name, body, created_at FROM itembank_item_comment
                 WHERE item_id = :id ORDER BY created_at, id""")
                .param("id", itemId)
                .query((rs, n) -> new Comment(rs.getObject("id", UUID.class), rs.getObject("item_id", UUID.class),
                        rs.getInt("version"), rs.getString("author"), rs.getString("author_name"), rs.getString("body"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    private static ItemVersion version(ResultSet rs, int row) throws SQLException {
        return new ItemVersion(JdbcItems.parse(rs.getString("content")), rs.getInt("version"), rs.getString("author"),
                rs.getString("reviewer"), rs.getTimestamp("updated_at").toInstant());
    }
}

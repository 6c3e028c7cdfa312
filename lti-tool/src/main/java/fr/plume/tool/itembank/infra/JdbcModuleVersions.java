package fr.plume.tool.itembank.infra;

import fr.plume.framework.content.Item;
import fr.plume.framework.content.ItemStatus;
import fr.plume.framework.content.ModuleEntry;
import fr.plume.framework.content.OpenModule;
import fr.plume.tool.itembank.api.PublishedModules;
import fr.plume.tool.itembank.domain.ModuleVersion;
import fr.plume.tool.itembank.domain.ModuleVersions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Open modules in PostgreSQL, and the commons as others read it ({@link PublishedModules}): per
 * module, its latest version that was published (retired when that version was retired since).
 */
@Repository
public class JdbcModuleVersions implements ModuleVersions, PublishedModules {

    private static final String COLUMNS = "content::text AS content, author, reviewer, updated_at, changed_at";
    /** Per module, the latest version that left drafting for good (published, or retired after). */
    private static final String RELEASED = """
            SELECT DISTINCT ON (module_id) module_id, version, status, changed_at, content::text AS content
              FROM itembank_module_version WHERE status IN ('PUBLISHED', 'RETIRED')
             ORDER BY module_id, version DESC""";

    private final JdbcClient jdbc;
    private final JdbcItems items;
    private final VersionTable<ModuleVersion> versions;

    public JdbcModuleVersions(JdbcClient jdbc, JdbcItems items) {
        this.jdbc = jdbc;
        this.items = items;
        this.versions = new VersionTable<>(jdbc, "itembank_module_version", "module_id", COLUMNS, JdbcModuleVersions::version);
    }

    @Override
    public Optional<ModuleVersion> latest(UUID moduleId) {
        return versions.latest(moduleId);
    }

    @Override
    public Optional<ModuleVersion> find(UUID moduleId, int version) {
        return versions.find(moduleId, version);
    }

    @Override
    public List<ModuleVersion> latestOfEach() {
        return versions.latestOfEach();
    }

    @Override
    public boolean insert(ModuleVersion version) {
        OpenModule module = version.module();
        try {
            return jdbc.sql("""
                    INSERT INTO itembank_module_version (module_id, version, status, content, author, created_at, updated_at)
                    VALUES (:id, :version, :status, CAST(:content AS jsonb), :author, :at, :at)
                    ON CONFLICT (module_id, version) DO NOTHING""")
                    .param("id", module.id()).param("version", module.version())
                    .param("status", module.status().name()).param("content", ModuleJson.write(module))
                    .param("author", version.author()).param("at", Timestamp.from(version.updatedAt()))
                    .update() == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public boolean updateDraft(ModuleVersion version) {
        OpenModule module = version.module();
        return jdbc.sql("""
                UPDATE itembank_module_version SET content = CAST(:content AS jsonb), updated_at = :at
                 WHERE module_id = :id AND version = :version AND status = 'DRAFT'""")
                .param("id", module.id()).param("version", module.version())
                .param("content", ModuleJson.write(module)).param("at", Timestamp.from(version.updatedAt()))
                .update() == 1;
    }

    @Override
    public boolean move(UUID moduleId, int version, ItemStatus from, ItemStatus to, String reviewer, Instant at) {
        boolean released = to == ItemStatus.PUBLISHED || to == ItemStatus.RETIRED;
        return jdbc.sql("""
                UPDATE itembank_module_version
                   SET status = :to, reviewer = coalesce(:reviewer, reviewer), updated_at = :at,
                       changed_at = CASE WHEN :released THEN :at ELSE changed_at END,
                       content = jsonb_set(content, '{status}', to_jsonb(CAST(:to AS text)))
                 WHERE module_id = :id AND version = :version AND status = :from""")
                .param("id", moduleId).param("version", version).param("from", from.name()).param("to", to.name())
                .param("reviewer", reviewer).param("at", Timestamp.from(at)).param("released", released)
                .update() == 1;
    }

    @Override
    public List<Published> changedBetween(Instant from, Instant until, Cursor after, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM (" + RELEASED + ") released WHERE true");
        var statement = new ArrayList<Object[]>();
        if (from != null) {
            sql.append(" AND changed_at >= :from");
            statement.add(new Object[] {"from", Timestamp.from(from)});
        }
        if (until != null) {
            sql.append(" AND changed_at <= :until");
            statement.add(new Object[] {"until", Timestamp.from(until)});
        }
        if (after != null) {
            sql.append(" AND (changed_at, module_id) > (:afterAt, :afterId)");
            statement.add(new Object[] {"afterAt", Timestamp.from(after.changedAt())});
            statement.add(new Object[] {"afterId", after.moduleId()});
        }
        sql.append(" ORDER BY changed_at, module_id LIMIT :limit");
        var query = jdbc.sql(sql.toString()).param("limit", limit);
        for (Object[] parameter : statement) {
            query = query.param((String) parameter[0], parameter[1]);
        }
        return query.query(JdbcModuleVersions::published).list();
    }

    @Override
    public Optional<Published> find(UUID moduleId) {
        return jdbc.sql("SELECT * FROM (" + RELEASED + ") released WHERE module_id = :id")
                .param("id", moduleId).query(JdbcModuleVersions::published).optional();
    }

    @Override
    public Optional<Instant> earliestChange() {
        return Optional.ofNullable(jdbc.sql("""
                SELECT min(changed_at) FROM itembank_module_version WHERE status IN ('PUBLISHED', 'RETIRED')""")
                .query(Timestamp.class).optional().orElse(null)).map(Timestamp::toInstant);
    }

    @Override
    public List<Item> itemsOf(OpenModule module) {
        List<Item> list = new ArrayList<>();
        for (ModuleEntry entry : module.entries()) {
            if (entry instanceof ModuleEntry.ItemEntry item) {
                items.item(item.itemId(), item.itemVersion()).ifPresent(list::add);
            }
        }
        return List.copyOf(list);
    }

    @Override
    public List<Published> inCommons() {
        return jdbc.sql("SELECT * FROM (" + RELEASED + ") released WHERE status = 'PUBLISHED' ORDER BY changed_at DESC, module_id")
                .query(JdbcModuleVersions::published).list();
    }

    private static Published published(ResultSet rs, int row) throws SQLException {
        boolean retired = "RETIRED".equals(rs.getString("status"));
        OpenModule module = ModuleJson.read(rs.getString("content"));
        return new Published(module, rs.getTimestamp("changed_at").toInstant(), retired);
    }

    private static ModuleVersion version(ResultSet rs, int row) throws SQLException {
        Timestamp changed = rs.getTimestamp("changed_at");
        return new ModuleVersion(ModuleJson.read(rs.getString("content")), rs.getString("author"),
                rs.getString("reviewer"), rs.getTimestamp("updated_at").toInstant(),
                changed == null ? null : changed.toInstant());
    }
}

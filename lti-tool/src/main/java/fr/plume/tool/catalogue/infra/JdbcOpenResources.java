package fr.plume.tool.catalogue.infra;

import fr.plume.sync.catalogue.CatalogueEntry;
import fr.plume.sync.catalogue.HarvestedResource;
import fr.plume.sync.format.CompetencyLink;
import fr.plume.tool.catalogue.api.OpenResource;
import fr.plume.tool.catalogue.api.OpenResources;
import fr.plume.tool.catalogue.domain.HarvestedResources;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue over PostgreSQL: one row per source id with its content hash, the competency
 * links beside it. Writing the same resource twice leaves one row; a withdrawn row stays.
 */
@Repository
public class JdbcOpenResources implements HarvestedResources, OpenResources {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcOpenResources(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<CatalogueEntry> findBySourceId(String sourceId) {
        return jdbc.sql("SELECT * FROM catalogue_resource WHERE source_id = :sourceId")
                .param("sourceId", sourceId)
                .query((rs, row) -> new CatalogueEntry(harvested(rs), rs.getBoolean("withdrawn"),
                        rs.getString("withdrawal_reason")))
                .optional();
    }

    @Override
    @Transactional
    public void upsert(HarvestedResource r) {
        Timestamp now = Timestamp.from(clock.instant());
        UUID id = jdbc.sql("""
                INSERT INTO catalogue_resource (id, source_id, origin, title, description, url, language, licence,
                    keywords, authors, kind, content_hash, withdrawn, withdrawal_reason, first_seen_at, updated_at)
                VALUES (:id, :sourceId, :origin, :title, :description, :url, :language, :licence,
                    :keywords, :authors, :kind, :hash, FALSE, NULL, :now, :now)
                ON CONFLICT (source_id) DO UPDATE SET origin = EXCLUDED.origin, title = EXCLUDED.title,
                    description = EXCLUDED.description, url = EXCLUDED.url, language = EXCLUDED.language,
                    licence = EXCLUDED.licence, keywords = EXCLUDED.keywords, authors = EXCLUDED.authors,
                    kind = EXCLUDED.kind, content_hash = EXCLUDED.content_hash, withdrawn = FALSE,
                    withdrawal_reason = NULL, updated_at = EXCLUDED.updated_at
                RETURNING id""")
                .param("id", UUID.randomUUID())
                .param("sourceId", r.sourceId())
                .param("origin", r.origin())
                .param("title", r.title())
                .param("description", r.description())
                .param("url", r.url())
                .param("language", r.language())
                .param("licence", r.licence())
                .param("keywords", r.keywords().toArray(String[]::new))
                .param("authors", r.authors().toArray(String[]::new))
                .param("kind", r.kind())
                .param("hash", r.contentHash())
                .param("now", now)
                .query(UUID.class).single();
        jdbc.sql("DELETE FROM catalogue_resource_competency WHERE resource_id = :id").param("id", id).update();
        for (CompetencyLink link : r.competencies()) {
            jdbc.sql("""
                    INSERT INTO catalogue_resource_competency (resource_id, competency_code, competency_idnumber, how)
                    VALUES (:id, :code, :idnumber, :how) ON CONFLICT DO NOTHING""")
                    .param("id", id)
                    .param("code", link.code())
                    .param("idnumber", link.idnumber())
                    .param("how", link.how().name())
                    .update();
        }
    }

    @Override
    public void withdraw(String sourceId, String reason) {
        jdbc.sql("""
                UPDATE catalogue_resource SET withdrawn = TRUE, withdrawal_reason = :reason, updated_at = :now
                WHERE source_id = :sourceId AND NOT withdrawn""")
                .param("reason", reason)
                .param("now", Timestamp.from(clock.instant()))
                .param("sourceId", sourceId)
                .update();
    }

    @Override
    public Set<String> activeSourceIds(String origin) {
        return new HashSet<>(jdbc.sql("SELECT source_id FROM catalogue_resource WHERE origin = :origin AND NOT withdrawn")
                .param("origin", origin).query(String.class).list());
    }

    @Override
    public List<OpenResource> recommendedFor(String competencyCode, int limit) {
        List<UUID> ids = jdbc.sql("""
                SELECT r.id FROM catalogue_resource r
                JOIN catalogue_resource_competency c ON c.resource_id = r.id
                WHERE c.competency_code = :code AND NOT r.withdrawn
                ORDER BY CASE c.how WHEN 'EXPLICIT_ALIGNMENT' THEN 0 WHEN 'IDNUMBER' THEN 1 WHEN 'TAG' THEN 2 ELSE 3 END,
                         r.updated_at DESC, r.title
                LIMIT :limit""")
                .param("code", competencyCode)
                .param("limit", Math.max(0, limit))
                .query(UUID.class).list();
        Map<UUID, OpenResource> byId = new LinkedHashMap<>();
        for (OpenResource r : load("r.id = ANY(:ids)", Map.of("ids", ids.toArray(UUID[]::new)))) {
            byId.put(r.id(), r);
        }
        return ids.stream().map(byId::get).toList();
    }

    @Override
    public List<OpenResource> published() {
        return load("TRUE", Map.of());
    }

    public long countActive() {
        return jdbc.sql("SELECT count(*) FROM catalogue_resource WHERE NOT withdrawn").query(Long.class).single();
    }

    private List<OpenResource> load(String condition, Map<String, Object> params) {
        return jdbc.sql("""
                SELECT r.id, r.title, r.description, r.url, r.language, r.licence, r.kind, r.origin,
                       COALESCE(array_agg(c.competency_code ORDER BY c.competency_code)
                                FILTER (WHERE c.competency_code IS NOT NULL), '{}') AS codes
                FROM catalogue_resource r
                LEFT JOIN catalogue_resource_competency c ON c.resource_id = r.id
                WHERE NOT r.withdrawn AND %s
                GROUP BY r.id ORDER BY lower(r.title), r.id""".formatted(condition))
                .params(params)
                .query((rs, row) -> new OpenResource(rs.getObject("id", UUID.class), rs.getString("title"),
                        rs.getString("description"), rs.getString("url"), rs.getString("language"),
                        rs.getString("licence"), rs.getString("kind"), rs.getString("origin"), strings(rs, "codes")))
                .list();
    }

    private HarvestedResource harvested(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<CompetencyLink> links = jdbc.sql("""
                SELECT competency_code, competency_idnumber, how FROM catalogue_resource_competency
                WHERE resource_id = :id ORDER BY competency_code""")
                .param("id", id)
                .query((l, n) -> new CompetencyLink(l.getString("competency_code"),
                        l.getObject("competency_idnumber", UUID.class), CompetencyLink.How.valueOf(l.getString("how"))))
                .list();
        return new HarvestedResource(rs.getString("source_id"), rs.getString("origin"), rs.getString("title"),
                rs.getString("description"), rs.getString("url"), rs.getString("language"), rs.getString("licence"),
                strings(rs, "keywords"), strings(rs, "authors"), rs.getString("kind"), links,
                rs.getString("content_hash"));
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) array.getArray()));
    }
}

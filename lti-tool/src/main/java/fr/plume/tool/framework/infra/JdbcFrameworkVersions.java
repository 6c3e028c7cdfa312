package fr.plume.tool.framework.infra;

import fr.plume.framework.format.FrameworkFormat;
import fr.plume.framework.format.FrameworkFormats;
import fr.plume.framework.format.ImportResult;
import fr.plume.framework.model.Competency;
import fr.plume.framework.model.Domain;
import fr.plume.framework.model.Framework;
import fr.plume.tool.framework.api.Frameworks;
import fr.plume.tool.framework.domain.FrameworkFingerprint;
import fr.plume.tool.framework.domain.FrameworkVersions;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores framework versions as their CASE JSON package plus a competency index for queries. */
@Repository
public class JdbcFrameworkVersions implements Frameworks, FrameworkVersions {

    private final JdbcClient jdbc;
    // Stored versions never change, so their parsed form can be kept; every node reads the same rows.
    private final Map<UUID, Framework> parsed = new ConcurrentHashMap<>();

    JdbcFrameworkVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<StoredVersion> findVersion(UUID idnumber, String version) {
        return jdbc.sql("SELECT id, content_hash FROM framework_version WHERE idnumber = :idnumber AND version = :version")
                .param("idnumber", idnumber)
                .param("version", version)
                .query((rs, row) -> new StoredVersion(rs.getObject("id", UUID.class),
                        new FrameworkFingerprint(rs.getString("content_hash"))))
                .optional();
    }

    @Override
    public void insert(NewVersion version) {
        Framework framework = version.framework();
        jdbc.sql("""
                INSERT INTO framework_version (id, idnumber, code, version, title_fr, title_en, licence,
                    source_format, case_package, content_hash, imported_at, imported_by)
                VALUES (:id, :idnumber, :code, :version, :titleFr, :titleEn, :licence,
                    :sourceFormat, CAST(:casePackage AS JSONB), :hash, :importedAt, :importedBy)""")
                .param("id", version.versionId())
                .param("idnumber", framework.idnumber())
                .param("code", framework.code())
                .param("version", framework.version())
                .param("titleFr", framework.title().fr())
                .param("titleEn", framework.title().en())
                .param("licence", framework.licence())
                .param("sourceFormat", version.sourceFormat().name())
                .param("casePackage", new String(version.casePackage(), StandardCharsets.UTF_8))
                .param("hash", version.fingerprint().hex())
                .param("importedAt", java.sql.Timestamp.from(version.importedAt()))
                .param("importedBy", version.importedBy())
                .update();
        int position = 0;
        for (Domain domain : framework.domains()) {
            for (Competency competency : domain.competencies()) {
                jdbc.sql("""
                        INSERT INTO framework_competency (framework_version_id, idnumber, code, domain_code,
                            title_fr, title_en, position)
                        VALUES (:versionId, :idnumber, :code, :domainCode, :titleFr, :titleEn, :position)""")
                        .param("versionId", version.versionId())
                        .param("idnumber", competency.idnumber())
                        .param("code", competency.code())
                        .param("domainCode", domain.code())
                        .param("titleFr", competency.title().fr())
                        .param("titleEn", competency.title().en())
                        .param("position", position++)
                        .update();
            }
        }
    }

    @Override
    public Optional<StoredFramework> current() {
        return jdbc.sql("SELECT id FROM framework_version ORDER BY imported_at DESC, version DESC LIMIT 1")
                .query(UUID.class).optional().flatMap(this::find);
    }

    @Override
    public Optional<StoredFramework> find(UUID versionId) {
        Framework cached = parsed.get(versionId);
        if (cached != null) {
            return Optional.of(new StoredFramework(versionId, cached));
        }
        return jdbc.sql("SELECT case_package::text FROM framework_version WHERE id = :id")
                .param("id", versionId)
                .query(String.class)
                .optional()
                .map(json -> new StoredFramework(versionId, parsed.computeIfAbsent(versionId, id -> parse(json))));
    }

    @Override
    public List<FrameworkSummary> list() {
        return jdbc.sql("""
                SELECT v.id, v.idnumber, v.code, v.version, v.title_fr, v.source_format, v.imported_at,
                       (SELECT count(*) FROM framework_competency c WHERE c.framework_version_id = v.id) AS competencies
                FROM framework_version v ORDER BY v.imported_at DESC""")
                .query((rs, row) -> new FrameworkSummary(
                        rs.getObject("id", UUID.class),
                        rs.getObject("idnumber", UUID.class),
                        rs.getString("code"),
                        rs.getString("version"),
                        rs.getString("title_fr"),
                        rs.getString("source_format"),
                        rs.getTimestamp("imported_at").toInstant(),
                        rs.getInt("competencies")))
                .list();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM framework_version").query(Long.class).single();
    }

    private static Framework parse(String casePackage) {
        ImportResult result = FrameworkFormats.read(FrameworkFormat.CASE_JSON,
                new ByteArrayInputStream(casePackage.getBytes(StandardCharsets.UTF_8)));
        return result.framework().orElseThrow(() -> new IllegalStateException(
                "A stored framework no longer reads back: " + result.problems()));
    }
}

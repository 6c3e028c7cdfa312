package fr.plume.tool.sync.infra;

import fr.plume.sync.job.KeywordRule;
import fr.plume.tool.shared.domain.DeploymentSecret;
import fr.plume.tool.sync.domain.OaiSourceConfig;
import fr.plume.tool.sync.domain.SyncJobKind;
import fr.plume.tool.sync.domain.SyncSite;
import fr.plume.tool.sync.domain.SyncSites;
import fr.plume.tool.sync.domain.TokenCipher;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Members' Moodle sites. Every read of one site names its member, so a site is never reached
 * through another member. The token goes in encrypted and only {@link #token} gives it back.
 */
@Repository
public class JdbcSyncSites implements SyncSites {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TokenCipher cipher;

    JdbcSyncSites(JdbcClient jdbc, Clock clock, DeploymentSecret secret) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.cipher = new TokenCipher(secret.value());
    }

    /** Creates the site, or updates the member's site of that name; a blank token keeps the stored one. */
    @Override
    public UUID save(UUID memberId, String name, String baseUrl, String token, long scaleId, Set<SyncJobKind> jobs,
            List<OaiSourceConfig> oaiSources, List<KeywordRule> rules) {
        Optional<UUID> existing = jdbc.sql("SELECT id FROM sync_site WHERE member_id = :member AND name = :name")
                .param("member", memberId).param("name", name).query(UUID.class).optional();
        UUID id = existing.orElseGet(UUID::randomUUID);
        Timestamp now = Timestamp.from(clock.instant());
        String jobArray = jobs.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        if (existing.isEmpty()) {
            if (token == null || token.isBlank()) {
                throw new IllegalArgumentException("token required for a new site");
            }
            jdbc.sql("""
                    INSERT INTO sync_site (id, member_id, name, base_url, token_ciphertext, scale_id, enabled_jobs,
                        oai_sources, keyword_rules, created_at, updated_at)
                    VALUES (:id, :member, :name, :url, :token, :scale, string_to_array(:jobs, ','),
                        CAST(:oai AS JSONB), CAST(:rules AS JSONB), :now, :now)""")
                    .param("id", id).param("member", memberId).param("name", name).param("url", baseUrl)
                    .param("token", cipher.encrypt(token.strip(), id.toString())).param("scale", scaleId)
                    .param("jobs", jobArray).param("oai", SyncJson.write(oaiSources))
                    .param("rules", SyncJson.write(rules)).param("now", now)
                    .update();
        } else {
            jdbc.sql("""
                    UPDATE sync_site SET base_url = :url, scale_id = :scale, enabled_jobs = string_to_array(:jobs, ','),
                        oai_sources = CAST(:oai AS JSONB), keyword_rules = CAST(:rules AS JSONB), updated_at = :now
                    WHERE id = :id AND member_id = :member""")
                    .param("id", id).param("member", memberId).param("url", baseUrl).param("scale", scaleId)
                    .param("jobs", jobArray).param("oai", SyncJson.write(oaiSources))
                    .param("rules", SyncJson.write(rules)).param("now", now)
                    .update();
            if (token != null && !token.isBlank()) {
                jdbc.sql("UPDATE sync_site SET token_ciphertext = :token WHERE id = :id AND member_id = :member")
                        .param("token", cipher.encrypt(token.strip(), id.toString()))
                        .param("id", id).param("member", memberId).update();
            }
        }
        return id;
    }

    @Override
    public Optional<SyncSite> find(UUID memberId, UUID siteId) {
        return jdbc.sql("SELECT * FROM sync_site WHERE id = :id AND member_id = :member")
                .param("id", siteId).param("member", memberId)
                .query((rs, row) -> site(rs)).optional();
    }

    @Override
    public List<SyncSite> ofMember(UUID memberId) {
        return jdbc.sql("SELECT * FROM sync_site WHERE member_id = :member ORDER BY name")
                .param("member", memberId).query((rs, row) -> site(rs)).list();
    }

    /** The decrypted token, for the run about to use it; never for display. */
    @Override
    public String token(UUID memberId, UUID siteId) {
        byte[] stored = jdbc.sql("SELECT token_ciphertext FROM sync_site WHERE id = :id AND member_id = :member")
                .param("id", siteId).param("member", memberId).query(byte[].class).single();
        return cipher.decrypt(stored, siteId.toString());
    }

    @Override
    public void markPushed(UUID memberId, UUID siteId, UUID frameworkVersionId) {
        jdbc.sql("UPDATE sync_site SET last_pushed_framework_id = :fw WHERE id = :id AND member_id = :member")
                .param("fw", frameworkVersionId).param("id", siteId).param("member", memberId).update();
    }

    private static SyncSite site(ResultSet rs) throws SQLException {
        Set<SyncJobKind> jobs = EnumSet.noneOf(SyncJobKind.class);
        Arrays.stream((String[]) rs.getArray("enabled_jobs").getArray())
                .filter(j -> Arrays.stream(SyncJobKind.values()).anyMatch(k -> k.name().equals(j)))
                .forEach(j -> jobs.add(SyncJobKind.valueOf(j)));
        return new SyncSite(rs.getObject("id", UUID.class), rs.getObject("member_id", UUID.class),
                rs.getString("name"), rs.getString("base_url"), rs.getLong("scale_id"), jobs,
                SyncJson.oaiSources(rs.getString("oai_sources")), SyncJson.keywordRules(rs.getString("keyword_rules")),
                rs.getObject("last_pushed_framework_id", UUID.class));
    }
}

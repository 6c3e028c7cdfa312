package fr.plume.tool.lti.infra;

import fr.plume.tool.lti.domain.MemberAttribution;
import fr.plume.tool.lti.domain.MemberAttributions;
import fr.plume.tool.shared.infra.AfterCommit;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attribution rules of shared platforms in PostgreSQL. Launches read them through a short per-node
 * copy, like registrations: a change made on another node applies within {@link #RECENT}.
 */
@Repository
class JdbcMemberAttributions implements MemberAttributions {

    static final Duration RECENT = Duration.ofSeconds(10);
    private static final int MAX_RECENT = 10_000;

    private record Recent(Optional<MemberAttribution> rule, long readAtNanos) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<UUID, Recent> recent = new ConcurrentHashMap<>();

    JdbcMemberAttributions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<MemberAttribution> find(UUID registrationId) {
        Map<String, UUID> members = new LinkedHashMap<>();
        jdbc.sql("SELECT value_key, member_id FROM lti_member_attribution_value WHERE registration_id = :id ORDER BY value_key")
                .param("id", registrationId)
                .query((ResultSet rs) -> {
                    members.put(rs.getString("value_key"), rs.getObject("member_id", UUID.class));
                });
        return jdbc.sql("SELECT source, parameter, separator FROM lti_member_attribution WHERE registration_id = :id")
                .param("id", registrationId)
                .query((rs, n) -> new MemberAttribution(registrationId,
                        MemberAttribution.Source.valueOf(rs.getString("source")), rs.getString("parameter"),
                        rs.getString("separator"), members))
                .optional();
    }

    /** Registrations without a rule are remembered too: most launches come through one. */
    @Override
    public Optional<MemberAttribution> findRecent(UUID registrationId) {
        long now = System.nanoTime();
        Recent known = recent.get(registrationId);
        if (known != null && now - known.readAtNanos() <= RECENT.toNanos()) {
            return known.rule();
        }
        Optional<MemberAttribution> found = find(registrationId);
        if (recent.size() >= MAX_RECENT) {
            recent.clear();
        }
        recent.put(registrationId, new Recent(found, now));
        return found;
    }

    @Override
    @Transactional
    public void save(MemberAttribution rule) {
        jdbc.sql("""
                        INSERT INTO lti_member_attribution (registration_id, source, parameter, separator, updated_at)
                        VALUES (:id, :source, :parameter, :separator, :now)
                        ON CONFLICT (registration_id) DO UPDATE SET source = EXCLUDED.source,
                            parameter = EXCLUDED.parameter, separator = EXCLUDED.separator,
                            updated_at = EXCLUDED.updated_at
                        """)
                .param("id", rule.registrationId()).param("source", rule.source().name())
                .param("parameter", rule.parameter()).param("separator", rule.separator())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        jdbc.sql("DELETE FROM lti_member_attribution_value WHERE registration_id = :id")
                .param("id", rule.registrationId()).update();
        rule.members().forEach((key, member) -> jdbc.sql("""
                        INSERT INTO lti_member_attribution_value (registration_id, value_key, member_id)
                        VALUES (:id, :key, :member)
                        """)
                .param("id", rule.registrationId()).param("key", key).param("member", member).update());
        AfterCommit.forgetNowAndAfter(recent::clear);
    }

    @Override
    public Map<UUID, MemberAttribution.Source> sources() {
        Map<UUID, MemberAttribution.Source> sources = new LinkedHashMap<>();
        jdbc.sql("SELECT registration_id, source FROM lti_member_attribution").query((ResultSet rs) -> {
            sources.put(rs.getObject("registration_id", UUID.class),
                    MemberAttribution.Source.valueOf(rs.getString("source")));
        });
        return sources;
    }

    @Override
    @Transactional
    public void remove(UUID registrationId) {
        jdbc.sql("DELETE FROM lti_member_attribution WHERE registration_id = :id").param("id", registrationId).update();
        AfterCommit.forgetNowAndAfter(recent::clear);
    }

    private static final String RECENT_LAUNCHES = """
            SELECT e.last_launch_at, e.member_id, e.user_id, COALESCE(c.label, c.title) AS course, e.roles,
                   e.attribution_key, e.attribution
            FROM lti_enrolment e JOIN lti_context c ON c.id = e.context_id AND c.member_id = e.member_id
            """;

    @Override
    public List<RecentLaunch> recentLaunches(UUID registrationId, int limit) {
        return jdbc.sql(RECENT_LAUNCHES + " WHERE e.registration_id = :id ORDER BY e.last_launch_at DESC LIMIT :limit")
                .param("id", registrationId).param("limit", limit)
                .query(JdbcMemberAttributions::launch).list();
    }

    @Override
    public List<RecentLaunch> recentLaunchesOfMember(UUID memberId, int limit) {
        return jdbc.sql(RECENT_LAUNCHES + " WHERE e.member_id = :member ORDER BY e.last_launch_at DESC LIMIT :limit")
                .param("member", memberId).param("limit", limit)
                .query(JdbcMemberAttributions::launch).list();
    }

    private static RecentLaunch launch(ResultSet rs, int n) throws SQLException {
        return new RecentLaunch(rs.getTimestamp("last_launch_at").toInstant(), rs.getObject("member_id", UUID.class),
                rs.getObject("user_id", UUID.class), rs.getString("course"),
                Arrays.asList((String[]) rs.getArray("roles").getArray()), rs.getString("attribution_key"),
                MemberAttribution.Outcome.valueOf(rs.getString("attribution")));
    }
}

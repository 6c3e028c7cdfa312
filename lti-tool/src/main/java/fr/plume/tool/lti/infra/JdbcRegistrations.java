package fr.plume.tool.lti.infra;

import fr.plume.tool.lti.domain.Registrations;
import fr.plume.tool.lti.api.NewRegistration;
import fr.plume.tool.lti.api.PlatformRegistrations;
import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.shared.domain.PlumeProblemException;
import fr.plume.tool.shared.infra.AfterCommit;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Platform registrations and their deployments in PostgreSQL. Launches read them through a short
 * per-node copy ({@link #findRecent}); a change made on another node reaches this one within
 * {@link #RECENT} (docs/performance.md).
 */
@Repository
public class JdbcRegistrations implements PlatformRegistrations, Registrations {

    static final Duration RECENT = Duration.ofSeconds(10);
    private static final int MAX_RECENT = 10_000;

    private record Recent(RegistrationView registration, long readAtNanos) {
    }

    private static final String SELECT = """
            SELECT r.id, r.member_id, r.label, r.issuer, r.client_id, r.authorization_endpoint, r.token_endpoint,
                   r.jwks_uri, r.status,
                   ARRAY(SELECT d.deployment_id FROM lti_deployment d WHERE d.registration_id = r.id
                         ORDER BY d.created_at, d.deployment_id) AS deployments
            FROM lti_registration r
            """;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<Object, Recent> recent = new ConcurrentHashMap<>();

    JdbcRegistrations(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public RegistrationView registerActive(NewRegistration registration) {
        return save(registration, "ACTIVE");
    }

    /** Creates or updates the registration (keyed by issuer + client_id) and adds missing deployments. */
    @Transactional
    public RegistrationView save(NewRegistration r, String status) {
        Timestamp now = Timestamp.from(clock.instant());
        UUID id = jdbc.sql("""
                        INSERT INTO lti_registration (id, member_id, label, issuer, client_id, authorization_endpoint,
                                                      token_endpoint, jwks_uri, status, created_at, updated_at)
                        VALUES (:id, :member, :label, :issuer, :client, :auth, :token, :jwks, :status, :now, :now)
                        ON CONFLICT (issuer, client_id) DO UPDATE SET
                            label = EXCLUDED.label,
                            authorization_endpoint = EXCLUDED.authorization_endpoint,
                            token_endpoint = EXCLUDED.token_endpoint, jwks_uri = EXCLUDED.jwks_uri,
                            status = EXCLUDED.status, updated_at = EXCLUDED.updated_at
                        WHERE lti_registration.member_id = EXCLUDED.member_id
                        RETURNING id
                        """)
                .param("id", UUID.randomUUID())
                .param("member", r.memberId())
                .param("label", r.label())
                .param("issuer", r.issuer())
                .param("client", r.clientId())
                .param("auth", r.authorizationEndpoint().toString())
                .param("token", r.tokenEndpoint().toString())
                .param("jwks", r.jwksUri().toString())
                .param("status", status)
                .param("now", now)
                .query(UUID.class).optional()
                // A registration never moves to another member: its users and courses belong there.
                .orElseThrow(() -> new PlumeProblemException("LTI-REGISTRATION-OTHER-MEMBER", 409));
        for (String deployment : r.deploymentIds()) {
            jdbc.sql("""
                            INSERT INTO lti_deployment (registration_id, member_id, deployment_id, created_at)
                            VALUES (:id, :member, :deployment, :now) ON CONFLICT DO NOTHING
                            """)
                    .param("id", id).param("member", r.memberId()).param("deployment", deployment).param("now", now)
                    .update();
        }
        AfterCommit.forgetNowAndAfter(recent::clear);
        return findById(id).orElseThrow();
    }

    @Override
    public Optional<RegistrationView> find(String issuer, String clientId) {
        return jdbc.sql(SELECT + " WHERE r.issuer = :issuer AND r.client_id = :client")
                .param("issuer", issuer).param("client", clientId)
                .query(JdbcRegistrations::row).optional();
    }

    public List<RegistrationView> findByIssuer(String issuer) {
        return jdbc.sql(SELECT + " WHERE r.issuer = :issuer").param("issuer", issuer)
                .query(JdbcRegistrations::row).list();
    }

    public Optional<RegistrationView> findById(UUID id) {
        return jdbc.sql(SELECT + " WHERE r.id = :id").param("id", id).query(JdbcRegistrations::row).optional();
    }

    /** {@link #find}, read at most {@link #RECENT} ago: every launch reads its registration twice. */
    public Optional<RegistrationView> findRecent(String issuer, String clientId) {
        return recent(List.of(issuer, clientId), () -> find(issuer, clientId));
    }

    /** {@link #findById}, read at most {@link #RECENT} ago. */
    public Optional<RegistrationView> findRecentById(UUID id) {
        return recent(id, () -> findById(id));
    }

    /** Unknown registrations are not remembered: one registered a moment ago on another node works at once. */
    private Optional<RegistrationView> recent(Object key, Supplier<Optional<RegistrationView>> read) {
        long now = System.nanoTime();
        Recent known = recent.get(key);
        if (known != null && now - known.readAtNanos() <= RECENT.toNanos()) {
            return Optional.of(known.registration());
        }
        Optional<RegistrationView> found = read.get();
        if (found.isPresent()) {
            if (recent.size() >= MAX_RECENT) {
                recent.clear();
            }
            recent.put(key, new Recent(found.get(), now));
        } else {
            recent.remove(key);
        }
        return found;
    }

    /** Every member's registrations: for the consortium administrator only. */
    public List<RegistrationView> all() {
        return jdbc.sql(SELECT + " ORDER BY r.label, r.issuer, r.client_id").query(JdbcRegistrations::row).list();
    }

    public List<RegistrationView> forMember(UUID memberId) {
        return jdbc.sql(SELECT + " WHERE r.member_id = :member ORDER BY r.label")
                .param("member", memberId).query(JdbcRegistrations::row).list();
    }

    public List<String> activeOrigins() {
        return jdbc.sql("SELECT DISTINCT issuer FROM lti_registration WHERE status = 'ACTIVE'")
                .query(String.class).list();
    }

    @Transactional
    public boolean setStatus(UUID id, String status) {
        AfterCommit.forgetNowAndAfter(recent::clear);
        return jdbc.sql("UPDATE lti_registration SET status = :status, updated_at = :now WHERE id = :id")
                .param("status", status).param("now", Timestamp.from(clock.instant())).param("id", id)
                .update() == 1;
    }

    @Override
    public boolean serves(UUID registrationId, UUID memberId) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM lti_registration WHERE id = :id AND member_id = :member)
                            OR EXISTS (SELECT 1 FROM lti_member_attribution_value
                                        WHERE registration_id = :id AND member_id = :member)
                        """)
                .param("id", registrationId).param("member", memberId).query(Boolean.class).single();
    }

    private static RegistrationView row(ResultSet rs, int n) throws SQLException {
        String[] deployments = (String[]) rs.getArray("deployments").getArray();
        return new RegistrationView(rs.getObject("id", UUID.class), rs.getObject("member_id", UUID.class),
                rs.getString("label"), rs.getString("issuer"), rs.getString("client_id"),
                URI.create(rs.getString("authorization_endpoint")), URI.create(rs.getString("token_endpoint")),
                URI.create(rs.getString("jwks_uri")), new ArrayList<>(Arrays.asList(deployments)),
                rs.getString("status"));
    }
}

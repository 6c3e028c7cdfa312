package fr.plume.tool.lti.infra;

import fr.plume.tool.lti.domain.LoginStates;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** OIDC login states: written at login initiation, consumed exactly once at launch (any node). */
@Repository
public class JdbcLoginStates implements LoginStates {


    private final JdbcClient jdbc;

    JdbcLoginStates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(LoginState s) {
        jdbc.sql("""
                        INSERT INTO lti_login_state (state, registration_id, nonce, browser_binding, login_hint,
                                                     lti_message_hint, target_link_uri, deployment_id, expires_at)
                        VALUES (:state, :registration, :nonce, :binding, :hint, :messageHint, :target, :deployment, :expires)
                        """)
                .param("state", s.state()).param("registration", s.registrationId()).param("nonce", s.nonce())
                .param("binding", s.browserBinding()).param("hint", s.loginHint())
                .param("messageHint", s.ltiMessageHint()).param("target", s.targetLinkUri())
                .param("deployment", s.deploymentId()).param("expires", Timestamp.from(s.expiresAt()))
                .update();
    }

    /** Removes and returns the state: a second launch with the same state finds nothing. */
    public Optional<LoginState> consume(String state) {
        return jdbc.sql("""
                        DELETE FROM lti_login_state WHERE state = :state
                        RETURNING state, registration_id, nonce, browser_binding, login_hint, lti_message_hint,
                                  target_link_uri, deployment_id, expires_at
                        """)
                .param("state", state)
                .query((rs, n) -> new LoginState(rs.getString("state"), rs.getObject("registration_id", UUID.class),
                        rs.getString("nonce"), rs.getString("browser_binding"), rs.getString("login_hint"),
                        rs.getString("lti_message_hint"), rs.getString("target_link_uri"),
                        rs.getString("deployment_id"), rs.getTimestamp("expires_at").toInstant()))
                .optional();
    }

    public int deleteExpired(Instant now) {
        return jdbc.sql("DELETE FROM lti_login_state WHERE expires_at < :now")
                .param("now", Timestamp.from(now)).update();
    }
}

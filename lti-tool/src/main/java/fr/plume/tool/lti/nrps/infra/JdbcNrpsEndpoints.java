package fr.plume.tool.lti.nrps.infra;

import fr.plume.tool.lti.nrps.domain.NrpsEndpoints;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The NRPS memberships URL of each course context, as its latest launch announced it. */
@Repository
public class JdbcNrpsEndpoints implements NrpsEndpoints {


    private final JdbcClient jdbc;

    JdbcNrpsEndpoints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<NrpsLink> find(UUID memberId, UUID contextId) {
        return jdbc.sql("SELECT context_id, member_id, registration_id, memberships_url FROM lti_nrps_endpoint "
                        + "WHERE context_id = :context AND member_id = :member")
                .param("context", contextId).param("member", memberId)
                .query((rs, n) -> new NrpsLink(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getString(4)))
                .optional();
    }
}

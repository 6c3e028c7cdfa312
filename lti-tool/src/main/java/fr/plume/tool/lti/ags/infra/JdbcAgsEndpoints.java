package fr.plume.tool.lti.ags.infra;

import fr.plume.tool.lti.ags.domain.AgsEndpoints;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The AGS endpoint of each resource link, as its latest launch announced it. */
@Repository
public class JdbcAgsEndpoints implements AgsEndpoints {


    private final JdbcClient jdbc;

    JdbcAgsEndpoints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AgsLink> find(UUID memberId, UUID resourceLinkId) {
        return jdbc.sql("""
                        SELECT resource_link_id, member_id, registration_id, lineitems_url, lineitem_url, scopes,
                               resolved_lineitem_url
                        FROM lti_ags_endpoint WHERE resource_link_id = :link AND member_id = :member
                        """)
                .param("link", resourceLinkId).param("member", memberId)
                .query((rs, n) -> new AgsLink(rs.getObject("resource_link_id", UUID.class),
                        rs.getObject("member_id", UUID.class), rs.getObject("registration_id", UUID.class),
                        rs.getString("lineitems_url"), rs.getString("lineitem_url"),
                        List.of((String[]) rs.getArray("scopes").getArray()), rs.getString("resolved_lineitem_url")))
                .optional();
    }

    public void resolved(UUID memberId, UUID resourceLinkId, String lineItemUrl) {
        jdbc.sql("UPDATE lti_ags_endpoint SET resolved_lineitem_url = :url WHERE resource_link_id = :link "
                        + "AND member_id = :member")
                .param("url", lineItemUrl).param("link", resourceLinkId).param("member", memberId).update();
    }
}

package fr.plume.tool.identity.infra;

import fr.plume.tool.identity.api.AccountRecords;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** tool_account and api_token read for access requests: no password hash, no token secret. */
@Repository
class JdbcAccountRecords implements AccountRecords {

    private static final String ACCOUNT = "SELECT id, username, display_name, member_id, roles, enabled, created_at"
            + " FROM tool_account";

    private final JdbcClient jdbc;

    JdbcAccountRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Account> find(UUID accountId) {
        return jdbc.sql(ACCOUNT + " WHERE id = :id").param("id", accountId).query((rs, n) -> account(rs)).optional();
    }

    @Override
    public List<Account> search(UUID memberId, String text, int limit) {
        String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql(ACCOUNT + " WHERE (CAST(:member AS uuid) IS NULL OR member_id = :member)"
                        + " AND (username ILIKE :pattern OR display_name ILIKE :pattern) ORDER BY username LIMIT :limit")
                .param("member", memberId).param("pattern", pattern).param("limit", limit)
                .query((rs, n) -> account(rs)).list();
    }

    private Account account(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new Account(id, rs.getString("username"), rs.getString("display_name"),
                rs.getObject("member_id", UUID.class), strings(rs.getArray("roles")), rs.getBoolean("enabled"),
                instant(rs.getTimestamp("created_at")), tokens(id));
    }

    private List<ApiToken> tokens(UUID accountId) {
        return jdbc.sql("""
                SELECT name, scopes, created_at, expires_at, last_used_at, revoked_at FROM api_token
                WHERE account_id = :account ORDER BY created_at""")
                .param("account", accountId)
                .query((rs, n) -> new ApiToken(rs.getString("name"), strings(rs.getArray("scopes")),
                        instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("expires_at")),
                        instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("revoked_at"))))
                .list();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}

package fr.plume.tool.identity.infra;

import fr.plume.tool.identity.api.MemberAdministrators;
import fr.plume.tool.identity.domain.ToolAccount;
import fr.plume.tool.identity.domain.ToolAccounts;
import fr.plume.tool.identity.domain.ToolRole;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class JdbcToolAccounts implements ToolAccounts, MemberAdministrators {

    private final JdbcClient jdbc;

    JdbcToolAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ToolAccount> findByUsername(String username) {
        return jdbc.sql("""
                SELECT id, username, password_hash, display_name, member_id, roles, enabled
                FROM tool_account WHERE username = :username""")
                .param("username", username)
                .query(JdbcToolAccounts::map)
                .optional();
    }

    @Override
    public Optional<UUID> memberOf(String username) {
        return findByUsername(username).filter(a -> a.enabled() && a.roles().contains(ToolRole.MEMBER_ADMIN))
                .map(ToolAccount::memberId);
    }

    @Override
    public boolean anyWithRole(ToolRole role) {
        return jdbc.sql("SELECT count(*) FROM tool_account WHERE :role = ANY(roles)")
                .param("role", role.name())
                .query(Long.class).single() > 0;
    }

    @Override
    public void insert(ToolAccount account) {
        jdbc.sql("""
                INSERT INTO tool_account (id, username, password_hash, display_name, member_id, roles, enabled)
                VALUES (:id, :username, :hash, :displayName, :memberId, CAST(:roles AS TEXT[]), :enabled)
                ON CONFLICT (username) DO NOTHING""")
                .param("id", account.id())
                .param("username", account.username())
                .param("hash", account.passwordHash())
                .param("displayName", account.displayName())
                .param("memberId", account.memberId())
                .param("roles", account.roles().stream().map(Enum::name)
                        .collect(Collectors.joining(",", "{", "}")))
                .param("enabled", account.enabled())
                .update();
    }

    @Override
    public List<ToolAccount> all() {
        return jdbc.sql("""
                SELECT id, username, password_hash, display_name, member_id, roles, enabled
                FROM tool_account ORDER BY username""")
                .query(JdbcToolAccounts::map)
                .list();
    }

    @Override
    public boolean replaceRoles(UUID accountId, Set<ToolRole> roles) {
        return jdbc.sql("UPDATE tool_account SET roles = CAST(:roles AS TEXT[]) WHERE id = :id")
                .param("id", accountId)
                .param("roles", roles.stream().map(Enum::name).sorted().collect(Collectors.joining(",", "{", "}")))
                .update() == 1;
    }

    private static ToolAccount map(ResultSet rs, int row) throws SQLException {
        Array roles = rs.getArray("roles");
        return new ToolAccount(
                rs.getObject("id", UUID.class),
                rs.getString("username"),
                rs.getString("password_hash"),
                rs.getString("display_name"),
                rs.getObject("member_id", UUID.class),
                Arrays.stream((String[]) roles.getArray()).map(ToolRole::valueOf).collect(Collectors.toSet()),
                rs.getBoolean("enabled"));
    }
}

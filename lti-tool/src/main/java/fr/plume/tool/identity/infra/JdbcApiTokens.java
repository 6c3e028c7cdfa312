package fr.plume.tool.identity.infra;

import fr.plume.tool.identity.domain.ApiToken;
import fr.plume.tool.identity.domain.ApiTokens;
import fr.plume.tool.identity.domain.ToolRole;
import fr.plume.tool.shared.domain.ApiScope;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** API tokens, stored by the SHA-256 of their secret; every listing and change is limited to one account. */
@Repository
public class JdbcApiTokens implements ApiTokens {

    private static final String COLUMNS =
            "t.id, t.account_id, t.name, t.scopes, t.created_at, t.expires_at, t.last_used_at, t.revoked_at";

    private final JdbcClient jdbc;

    JdbcApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(ApiToken token, byte[] secretHash) {
        jdbc.sql("""
                INSERT INTO api_token (id, account_id, name, secret_hash, scopes, created_at, expires_at)
                VALUES (:id, :account, :name, :hash, CAST(:scopes AS TEXT[]), :createdAt, :expiresAt)""")
                .param("id", token.id())
                .param("account", token.accountId())
                .param("name", token.name())
                .param("hash", secretHash)
                .param("scopes", token.scopes().stream().map(ApiScope::value).sorted()
                        .collect(Collectors.joining(",", "{", "}")))
                .param("createdAt", Timestamp.from(token.createdAt()))
                .param("expiresAt", token.expiresAt() == null ? null : Timestamp.from(token.expiresAt()))
                .update();
    }

    @Override
    public Optional<Holder> findBySecretHash(byte[] secretHash) {
        return jdbc.sql("SELECT " + COLUMNS + ", a.username, a.roles, a.enabled "
                        + "FROM api_token t JOIN tool_account a ON a.id = t.account_id WHERE t.secret_hash = :hash")
                .param("hash", secretHash)
                .query((rs, row) -> new Holder(map(rs, row), rs.getString("username"),
                        Arrays.stream(strings(rs.getArray("roles"))).map(ToolRole::valueOf).collect(Collectors.toSet()),
                        rs.getBoolean("enabled")))
                .optional();
    }

    @Override
    public List<ApiToken> ofAccount(UUID accountId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_token t WHERE t.account_id = :account ORDER BY t.created_at DESC")
                .param("account", accountId)
                .query(JdbcApiTokens::map)
                .list();
    }

    @Override
    public boolean revoke(UUID accountId, UUID tokenId, Instant now) {
        return jdbc.sql("""
                UPDATE api_token SET revoked_at = :now
                WHERE id = :id AND account_id = :account AND revoked_at IS NULL""")
                .param("now", Timestamp.from(now)).param("id", tokenId).param("account", accountId)
                .update() == 1;
    }

    @Override
    public void touch(UUID tokenId, Instant now) {
        jdbc.sql("""
                UPDATE api_token SET last_used_at = :now
                WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :minuteAgo)""")
                .param("now", Timestamp.from(now)).param("id", tokenId)
                .param("minuteAgo", Timestamp.from(now.minusSeconds(60)))
                .update();
    }

    private static ApiToken map(ResultSet rs, int row) throws SQLException {
        return new ApiToken(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                rs.getString("name"),
                Arrays.stream(strings(rs.getArray("scopes"))).map(ApiScope::fromValue).flatMap(Optional::stream)
                        .collect(Collectors.toSet()),
                instant(rs, "created_at"), instant(rs, "expires_at"), instant(rs, "last_used_at"),
                instant(rs, "revoked_at"));
    }

    private static String[] strings(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(Objects::toString).toArray(String[]::new);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}

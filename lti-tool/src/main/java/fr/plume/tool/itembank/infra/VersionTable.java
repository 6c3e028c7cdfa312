package fr.plume.tool.itembank.infra;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reads items and modules share: both keep every version of a thing in a table keyed by the
 * thing's id and a version number that only grows.
 *
 * @param table   the versions' table
 * @param key     the column of the thing's id
 * @param columns what a row is read with ({@code version} and {@code updated_at} among them)
 */
record VersionTable<T>(JdbcClient jdbc, String table, String key, String columns, RowMapper<T> rows) {

    Optional<T> latest(UUID id) {
        return jdbc.sql("SELECT %s FROM %s WHERE %s = :id ORDER BY version DESC LIMIT 1".formatted(columns, table, key))
                .param("id", id).query(rows).optional();
    }

    Optional<T> find(UUID id, int version) {
        return jdbc.sql("SELECT %s FROM %s WHERE %s = :id AND version = :version".formatted(columns, table, key))
                .param("id", id).param("version", version).query(rows).optional();
    }

    /** The latest version of each, the most recently changed first. */
    List<T> latestOfEach() {
        return jdbc.sql("""
                SELECT * FROM (SELECT DISTINCT ON (%2$s) %2$s AS version_key, %1$s FROM %3$s
                                ORDER BY %2$s, version DESC) latest
                 ORDER BY updated_at DESC, version_key""".formatted(columns, key, table))
                .query(rows).list();
    }
}

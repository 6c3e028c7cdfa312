package fr.plume.tool.shared.infra;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the tool's PostgreSQL is. An empty {@code url} means "start the embedded one".
 *
 * @param minIdle connections kept open when idle; the pool size (a fixed pool) unless set lower,
 *                as the tests do so that the many application contexts they cache share one server
 */
@ConfigurationProperties("plume.db")
public record DatabaseProperties(String url, String user, String password, Integer poolSize, Integer minIdle,
        Embedded embedded) {

    public DatabaseProperties {
        poolSize = poolSize == null ? 16 : poolSize;
        minIdle = minIdle == null ? poolSize : Math.min(minIdle, poolSize);
        embedded = embedded == null ? new Embedded(".plume/pgdata", 0, false) : embedded;
    }

    public boolean external() {
        return url != null && !url.isBlank();
    }

    /** Settings of the embedded PostgreSQL 17 used when no external database is configured. */
    public record Embedded(String dataDir, Integer port, boolean cleanOnStart) {
        public Embedded {
            dataDir = dataDir == null || dataDir.isBlank() ? ".plume/pgdata" : dataDir;
            port = port == null ? 0 : port;
        }
    }
}

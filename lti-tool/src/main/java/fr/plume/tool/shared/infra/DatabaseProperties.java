package fr.plume.tool.shared.infra;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the tool's PostgreSQL is. An empty {@code url} means "start the embedded one".
 */
@ConfigurationProperties("plume.db")
public record DatabaseProperties(String url, String user, String password, Integer poolSize, Embedded embedded) {

    public DatabaseProperties {
        poolSize = poolSize == null ? 16 : poolSize;
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

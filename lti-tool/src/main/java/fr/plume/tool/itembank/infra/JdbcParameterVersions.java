package fr.plume.tool.itembank.infra;

import fr.plume.tool.itembank.api.ParameterVersions;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcParameterVersions implements ParameterVersions {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcParameterVersions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void add(String version, List<CalibratedParameters> parameters) {
        Timestamp now = Timestamp.from(clock.instant());
        for (CalibratedParameters item : parameters) {
            jdbc.sql("""
                    INSERT INTO itembank_item_parameters (item_id, version, a, b, source, created_at)
                    VALUES (:item, :version, :a, :b, 'CALIBRATED', :now)""")
                    .param("item", item.itemId()).param("version", version).param("a", item.a())
                    .param("b", item.b()).param("now", now)
                    .update();
        }
    }
}

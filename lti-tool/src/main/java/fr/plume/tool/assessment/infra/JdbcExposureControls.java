package fr.plume.tool.assessment.infra;

import fr.plume.tool.assessment.domain.ExposureControlStore;
import fr.plume.tool.assessment.engine.cat.ExposureControl;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Exposure-control parameters by key. Consortium-wide like the item bank they are computed from
 * (no member data). Doubles are stored as float8, which keeps them bit for bit.
 */
@Repository
class JdbcExposureControls implements ExposureControlStore {

    private final JdbcClient jdbc;

    JdbcExposureControls(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ExposureControl> find(String key) {
        return jdbc.sql("SELECT band_cuts, item_ids, parameters FROM assessment_exposure_control WHERE key = :key")
                .param("key", key)
                .query(JdbcExposureControls::control)
                .optional();
    }

    @Override
    public void saveIfAbsent(String key, ExposureControl control) {
        int bands = control.bands();
        String[] ids = control.parameters().keySet().toArray(String[]::new);
        Double[] values = new Double[ids.length * bands];
        for (int i = 0; i < ids.length; i++) {
            double[] k = control.parameters().get(ids[i]);
            for (int band = 0; band < bands; band++) {
                values[i * bands + band] = k[band];
            }
        }
        jdbc.sql("""
                INSERT INTO assessment_exposure_control (key, band_cuts, item_ids, parameters, computed_at)
                VALUES (:key, :cuts, :ids, :values, now()) ON CONFLICT (key) DO NOTHING""")
                .param("key", key)
                .param("cuts", Arrays.stream(control.bandCuts()).boxed().toArray(Double[]::new))
                .param("ids", ids).param("values", values)
                .update();
    }

    private static ExposureControl control(ResultSet rs, int row) throws SQLException {
        Double[] cuts = (Double[]) rs.getArray("band_cuts").getArray();
        String[] ids = (String[]) rs.getArray("item_ids").getArray();
        Double[] values = (Double[]) rs.getArray("parameters").getArray();
        int bands = cuts.length + 1;
        Map<String, double[]> parameters = new LinkedHashMap<>();
        for (int i = 0; i < ids.length; i++) {
            double[] k = new double[bands];
            for (int band = 0; band < bands; band++) {
                k[band] = values[i * bands + band];
            }
            parameters.put(ids[i], k);
        }
        return new ExposureControl(Arrays.stream(cuts).mapToDouble(Double::doubleValue).toArray(), parameters);
    }
}

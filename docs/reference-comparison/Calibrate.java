import fr.plume.tool.assessment.engine.calibration.CalibratedItem;
import fr.plume.tool.assessment.engine.calibration.CalibrationResult;
import fr.plume.tool.assessment.engine.calibration.CalibrationSettings;
import fr.plume.tool.assessment.engine.calibration.MarginalMaximumLikelihoodCalibrator;
import fr.plume.tool.assessment.engine.calibration.ResponseMatrix;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Calibrates a wide 0/1 CSV (header = item ids, one row per candidate, empty or NA = not
 * answered) with Plume's MML-EM on its default settings, without anchors (θ ~ N(0, 1)).
 * Usage: java -cp lti-tool/target/classes docs/reference-comparison/Calibrate.java responses.csv
 */
public class Calibrate {

    public static void main(String[] args) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        List<String> ids = Arrays.stream(lines.get(0).split(",")).map(s -> s.replace("\"", "")).toList();
        ResponseMatrix.Builder builder = ResponseMatrix.builder(ids);
        for (int p = 1; p < lines.size(); p++) {
            String[] cells = lines.get(p).split(",", -1);
            for (int j = 0; j < cells.length; j++) {
                String cell = cells[j].strip();
                if (cell.equals("0") || cell.equals("1")) {
                    builder.add(p - 1, j, cell.equals("1"));
                }
            }
        }
        ResponseMatrix matrix = builder.build();
        long started = System.nanoTime();
        CalibrationResult result = new MarginalMaximumLikelihoodCalibrator(CalibrationSettings.defaults())
                .calibrate(matrix, Map.of(), "comparison");
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.println("item,plume_a,plume_b");
        for (CalibratedItem item : result.items()) {
            System.out.printf(Locale.ROOT, "%s,%.4f,%.4f%n", item.itemId(), item.a(), item.b());
        }
        System.err.printf(Locale.ROOT, "plume MML-EM: %d iterations, converged %s, %.2f s%n", result.iterations(),
                result.converged(), seconds);
    }
}

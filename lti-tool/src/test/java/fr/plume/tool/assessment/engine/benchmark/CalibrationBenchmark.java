package fr.plume.tool.assessment.engine.benchmark;

import fr.plume.tool.assessment.engine.calibration.AnchorParameters;
import fr.plume.tool.assessment.engine.calibration.CalibrationResult;
import fr.plume.tool.assessment.engine.calibration.CalibrationSettings;
import fr.plume.tool.assessment.engine.calibration.MarginalMaximumLikelihoodCalibrator;
import fr.plume.tool.assessment.engine.calibration.ResponseMatrix;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Calibration of 1,000,000 responses: 50,000 candidates × 2,000 items, 20 items each, 100 anchors
 * (target ≤ 15 s on 2 cores with a 2 GB heap: the fork runs with -Xmx2g, so it fails if it does not fit).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class CalibrationBenchmark {

    private static final int CANDIDATES = 50_000;
    private static final int ITEMS = 2_000;
    private static final int ITEMS_PER_CANDIDATE = 20;

    private ResponseMatrix matrix;
    private final Map<String, AnchorParameters> anchors = new HashMap<>();

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(5);
        double[] a = new double[ITEMS];
        double[] b = new double[ITEMS];
        List<String> ids = new ArrayList<>(ITEMS);
        for (int j = 0; j < ITEMS; j++) {
            a[j] = Math.exp(random.nextGaussian(0.0, 0.3));
            b[j] = random.nextGaussian();
            ids.add("item" + j);
            if (j % 20 == 0) {
                anchors.put("item" + j, new AnchorParameters(a[j], b[j]));
            }
        }
        ResponseMatrix.Builder builder = ResponseMatrix.builder(ids);
        for (int p = 0; p < CANDIDATES; p++) {
            double theta = random.nextGaussian();
            // a random window of consecutive items keeps each booklet free of duplicates
            int first = random.nextInt(ITEMS);
            for (int s = 0; s < ITEMS_PER_CANDIDATE; s++) {
                int j = (first + s * 97) % ITEMS;
                builder.add(p, j, random.nextDouble() < 1 / (1 + Math.exp(-a[j] * (theta - b[j]))));
            }
        }
        matrix = builder.build();
    }

    @Benchmark
    public CalibrationResult calibrateOneMillionResponses() {
        return new MarginalMaximumLikelihoodCalibrator(CalibrationSettings.defaults())
                .calibrate(matrix, anchors, "benchmark");
    }
}

package fr.plume.tool.assessment.engine.benchmark;

import fr.plume.tool.assessment.engine.ItemBank;
import fr.plume.tool.assessment.engine.ItemParameters;
import fr.plume.tool.assessment.engine.ScoringConfigurations;
import fr.plume.tool.assessment.engine.cat.AdaptiveTest;
import fr.plume.tool.assessment.engine.cat.CandidateContext;
import fr.plume.tool.assessment.engine.cat.SelectNextItem;
import fr.plume.tool.assessment.engine.cat.TestBlueprint;
import fr.plume.tool.assessment.engine.cat.TestMode;
import fr.plume.tool.assessment.engine.sim.SimulatedBank;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Next-item selection with content balancing on a 20,000-item bank (target ≤ 1 ms per call). */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = "-Xmx1g")
public class SelectionBenchmark {

    @Param({"CERTIFICATION", "DIAGNOSTIC"})
    public TestMode mode;

    @Param({"10"})
    public int answered;

    private ItemBank bank;
    private AdaptiveTest test;
    private SplittableRandom random;
    private byte[] availability;
    private int[] allCompetencies;

    @Setup
    public void setUp() {
        bank = ItemBank.of(SimulatedBank.generate(20_000, 16, new SplittableRandom(1)));
        TestBlueprint blueprint = mode == TestMode.CERTIFICATION ? TestBlueprint.certification()
                : TestBlueprint.diagnostic();
        test = AdaptiveTest.start(bank, blueprint, CandidateContext.firstAttempt(), ScoringConfigurations.INITIAL);
        random = new SplittableRandom(2);
        for (int i = 0; i < answered; i++) {
            test.record(test.nextItem(random).orElseThrow(), random.nextBoolean());
        }
        availability = new byte[bank.size()];
        allCompetencies = new int[bank.competencies().size()];
        for (int c = 0; c < allCompetencies.length; c++) {
            allCompetencies[c] = c;
        }
    }

    /** What the delivery code calls: content balancing, family and exposure rules included. */
    @Benchmark
    public Optional<ItemParameters> nextItem() {
        return test.nextItem(random);
    }

    /** Worst case of one search: every one of the 20,000 items is eligible. */
    @Benchmark
    public int maximumInformationOverTheWholeBank() {
        return SelectNextItem.select(bank, availability, allCompetencies, SelectNextItem.AVAILABLE, 0.0, 1.0,
                random.nextDouble(-2, 2), TestBlueprint.DEFAULT_RANDOMESQUE_SIZE, random);
    }
}

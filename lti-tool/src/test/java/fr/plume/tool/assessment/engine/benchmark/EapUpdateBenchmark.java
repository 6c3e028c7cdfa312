package fr.plume.tool.assessment.engine.benchmark;

import fr.plume.tool.assessment.engine.AbilityEstimate;
import fr.plume.tool.assessment.engine.ItemBank;
import fr.plume.tool.assessment.engine.ItemParameters;
import fr.plume.tool.assessment.engine.ScoredResponse;
import fr.plume.tool.assessment.engine.ScoringConfigurations;
import fr.plume.tool.assessment.engine.cat.AdaptiveTest;
import fr.plume.tool.assessment.engine.cat.CandidateContext;
import fr.plume.tool.assessment.engine.cat.StoppingRule;
import fr.plume.tool.assessment.engine.cat.TestBlueprint;
import fr.plume.tool.assessment.engine.irt.LogDensity;
import fr.plume.tool.assessment.engine.irt.PosteriorSummary;
import fr.plume.tool.assessment.engine.irt.QuadratureGrid;
import fr.plume.tool.assessment.engine.sim.SimulatedBank;
import java.util.ArrayList;
import java.util.List;
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

/** EAP update per answer (target ≤ 20 µs) and the other per-request costs of a session. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = "-Xmx1g")
public class EapUpdateBenchmark {

    private LogDensity posterior;
    private LogDensity competencyLikelihood;
    private boolean correct;
    private ItemBank bank;
    private List<ScoredResponse> fortyResponses;
    private AdaptiveTest twentyAnswers;

    @Setup
    public void setUp() {
        posterior = LogDensity.normal(QuadratureGrid.standard(), 0, 1);
        competencyLikelihood = LogDensity.flat(QuadratureGrid.standard());
        bank = ItemBank.of(SimulatedBank.generate(2_000, 16, new SplittableRandom(3)));
        SplittableRandom random = new SplittableRandom(4);
        // forty answers whatever the level decision (the certification may stop from item 32 on)
        TestBlueprint fortyItems = TestBlueprint.certification().withStoppingRule(StoppingRule.fixedLength(40));
        AdaptiveTest test = AdaptiveTest.start(bank, fortyItems, CandidateContext.firstAttempt(),
                ScoringConfigurations.INITIAL);
        for (int i = 0; i < 40; i++) {
            ItemParameters item = test.nextItem(random).orElseThrow();
            test.record(item, random.nextBoolean());
            if (i == 19) {
                twentyAnswers = AdaptiveTest.resume(bank, fortyItems,
                        CandidateContext.firstAttempt(), ScoringConfigurations.INITIAL, test.responses());
            }
        }
        fortyResponses = new ArrayList<>(test.responses());
    }

    /**
     * One answer as {@code AdaptiveTest.record} processes it: a term added to the global posterior
     * and to the competency likelihood, then the new EAP and SE. Answers alternate so the
     * posterior stays centred.
     */
    @Benchmark
    public PosteriorSummary eapUpdatePerAnswer() {
        correct = !correct;
        posterior.addAnswer(1.2, 0.1, correct);
        competencyLikelihood.addAnswer(1.2, 0.1, correct);
        return posterior.summarize();
    }

    /** Full result with 16 per-competency estimates, levels and score (after 20 answers). */
    @Benchmark
    public AbilityEstimate estimateWithSixteenCompetencies() {
        return twentyAnswers.estimate();
    }

    /** Rebuilding a 40-answer certification session from its saved responses (after a restart). */
    @Benchmark
    public AdaptiveTest resumeFromFortyResponses() {
        return AdaptiveTest.resume(bank, TestBlueprint.certification(), CandidateContext.firstAttempt(),
                ScoringConfigurations.INITIAL, fortyResponses);
    }
}

package fr.plume.tool.assessment.engine.sim;

import fr.plume.tool.assessment.engine.ItemBank;
import fr.plume.tool.assessment.engine.ItemParameters;
import fr.plume.tool.assessment.engine.ScoringConfigurations;
import fr.plume.tool.assessment.engine.cat.ExposureCalibration;
import fr.plume.tool.assessment.engine.cat.ExposureCeiling;
import fr.plume.tool.assessment.engine.cat.FinalEstimator;
import fr.plume.tool.assessment.engine.cat.SelectionTarget;
import fr.plume.tool.assessment.engine.cat.StoppingRule;
import fr.plume.tool.assessment.engine.cat.TestBlueprint;
import fr.plume.tool.assessment.engine.cat.TestMode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Command line for psychometricians ({@code plume-sim}): {@code simulate --bank samples/items
 * --mode CERTIFICATION --population normal --candidates 2000}. The bank is a directory or file in
 * the item bank's JSON format, or a CSV {@code itemId,competency,family,a,b,accessible}.
 */
@Command(name = "plume-sim", mixinStandardHelpOptions = true, subcommands = SimulatorCli.Simulate.class,
        description = "Plume assessment engine tools.")
public final class SimulatorCli {

    public static void main(String[] args) {
        System.exit(new CommandLine(new SimulatorCli()).execute(args));
    }

    @Command(name = "simulate", mixinStandardHelpOptions = true,
            description = "Simulates adaptive tests and prints RMSE, bias, test length and exposure.")
    static final class Simulate implements Callable<Integer> {

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--bank", description = "Items: a directory or .json file in the item bank format (samples/items), "
                + "or a CSV itemId,competency,family,a,b,accessible; generated when absent.")
        Path bank;

        @Option(names = "--candidates", defaultValue = "2000", description = "Simulated candidates (default ${DEFAULT-VALUE}).")
        int candidates;

        @Option(names = "--population", defaultValue = "normal", description = "normal[:MEAN] (θ ~ N(MEAN, 1)) or "
                + "domains:RHO:TAU (domains correlated at RHO, competencies spread by TAU) (default ${DEFAULT-VALUE}).")
        String population;

        @Option(names = "--exposure-control", defaultValue = "true", negatable = true, fallbackValue = "true",
                description = "Compute the conditional Sympson–Hetter parameters for the mode's exposure limit first "
                        + "(default ${DEFAULT-VALUE}).")
        boolean exposureControl;

        @Option(names = "--exposure-rounds", defaultValue = "12", description = "Rounds of the exposure calibration (default ${DEFAULT-VALUE}).")
        int exposureRounds;

        @Option(names = "--exposure-candidates", defaultValue = "100",
                description = "Simulated candidates per θ band and round of the exposure calibration (default ${DEFAULT-VALUE}).")
        int exposureCandidates;

        @Option(names = "--sample-shaped", description = "Generate a bank shaped like the sample: 16 competencies × N items.")
        Integer sampleShaped;

        @Option(names = "--checkpoints", split = ",", description = "Also report RMSE after these lengths (e.g. 30,40).")
        int[] checkpoints;

        @Option(names = "--mode", required = true, description = "DIAGNOSTIC, CERTIFICATION or FORMATIVE.")
        TestMode mode;

        @Option(names = "--seed", defaultValue = "20250101", description = "Random seed (default ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--bank-size", defaultValue = "600", description = "Items of a generated bank (default ${DEFAULT-VALUE}).")
        int bankSize;

        @Option(names = "--competencies", defaultValue = "16", description = "Competencies of a generated bank (default ${DEFAULT-VALUE}).")
        int competencies;

        @Option(names = "--randomesque", description = "Top-k size of the randomesque draw (default: the mode's).")
        Integer randomesque;

        @Option(names = "--strata", description = "a-strata for exposure control; 1 disables (default: the mode's).")
        Integer strata;

        @Option(names = "--length", description = "Fixed test length instead of the mode's stopping rule.")
        Integer length;

        @Option(names = "--min-length", description = "Certification: fewest items before the level may decide (default: the mode's).")
        Integer minLength;

        @Option(names = "--max-length", description = "Certification: most items (default: the mode's).")
        Integer maxLength;

        @Option(names = "--confidence", description = "Certification: level probability that stops the test (default: the mode's).")
        Double confidence;

        @Option(names = "--scale-a", description = "Multiply every item's discrimination a by this factor (what-if banks).")
        Double scaleA;

        @Option(names = "--exposure-ceiling", defaultValue = "false", negatable = true, fallbackValue = "true",
                description = "Also cap the running exposure counts at the mode's limit (after a warm-up of "
                        + ExposureCeiling.DEFAULT_WARM_UP + " per item), as live delivery does (default ${DEFAULT-VALUE}).")
        boolean exposureCeiling;

        @Option(names = "--level-rule", description = "Certification level: WLE (level of Warm's estimate), EAP, or "
                + "MOST_PROBABLE_LEVEL (largest posterior mass under the prior) (default: the mode's).")
        FinalEstimator levelRule;

        @Option(names = "--selection-target", description = "ESTIMATE, NEAREST_CUT or MOST_UNCERTAIN_CUT: where item "
                + "information is maximised (default: the mode's).")
        SelectionTarget selectionTarget;

        @Option(names = "--balance-domains", description = "Among competencies with as many items, take first those "
                + "whose domain has gathered the least information (default: at random).")
        boolean balanceDomains;

        @Option(names = "--prior-from-diagnostic", description = "Each candidate first takes a diagnostic of this "
                + "many items (other items), whose posterior is the prior of the test under study.")
        Integer priorFromDiagnostic;

        @Option(names = "--diagnostic-likelihood-only", description = "With --prior-from-diagnostic: the prior is "
                + "the diagnostic's likelihood alone, without the population's N(0, 1).")
        boolean diagnosticLikelihoodOnly;

        @Option(names = "--write-bank", description = "Also write the bank used to this CSV file.")
        Path writeBank;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            List<ItemParameters> items = bank != null ? BankFiles.read(bank)
                    : sampleShaped != null ? SampleShapedBank.generate(sampleShaped, new SplittableRandom(seed ^ 0x5DEECE66DL))
                    : SimulatedBank.generate(bankSize, competencies, new SplittableRandom(seed ^ 0x5DEECE66DL));
            if (scaleA != null) {
                items = items.stream().map(item -> new ItemParameters(item.itemId(), item.competencyCode(),
                        item.familyId(), item.a() * scaleA, item.b(), item.accessible())).toList();
            }
            if (writeBank != null) {
                try (Writer writer = Files.newBufferedWriter(writeBank, StandardCharsets.UTF_8)) {
                    BankCsv.write(items, writer);
                }
            }
            TestBlueprint blueprint = switch (mode) {
                case DIAGNOSTIC -> TestBlueprint.diagnostic();
                case CERTIFICATION, MOCK_CERTIFICATION -> TestBlueprint.certification();
                case FORMATIVE -> TestBlueprint.formative(Set.of());
            };
            if (randomesque != null) {
                blueprint = blueprint.withRandomesqueSize(randomesque);
            }
            if (length != null) {
                blueprint = blueprint.withStoppingRule(StoppingRule.fixedLength(length));
            }
            if (strata != null) {
                blueprint = blueprint.withExposureStrata(strata);
            }
            StoppingRule rule = blueprint.stoppingRule();
            if (rule.decidesLevel() && (minLength != null || maxLength != null || confidence != null)) {
                blueprint = blueprint.withStoppingRule(StoppingRule.levelDecided(
                        minLength != null ? minLength : rule.minItems(), maxLength != null ? maxLength : rule.maxItems(),
                        confidence != null ? confidence : rule.levelConfidence()));
            }
            if (balanceDomains) {
                blueprint = blueprint.withContentBalance(blueprint.contentBalance().withDomainInformation());
            }
            if (selectionTarget != null) {
                blueprint = blueprint.withSelectionTarget(selectionTarget);
            }
            if (levelRule != null) {
                blueprint = blueprint.withFinalEstimator(levelRule);
            }
            ItemBank itemBank = ItemBank.of(items);
            out.printf("bank              %d items, %d competencies (%s)%n", itemBank.size(),
                    itemBank.competencies().size(), bank == null ? "generated" : bank.getFileName());
            TestBlueprint.MinimumBank minimum = blueprint.minimumBank();
            out.printf("mode              %s, seed %d, population %s%n", mode, seed, population);
            out.printf("minimum bank      %d items, %d per competency (exposure limit %.2f)%n", minimum.items(),
                    minimum.itemsPerCompetency(), blueprint.exposureLimit());
            int max = blueprint.stoppingRule().maxItems();
            CatSimulation simulation = new CatSimulation(itemBank, blueprint).withPopulation(Population.parse(population));
            if (exposureControl && blueprint.exposureLimit() < 1.0) {
                simulation.withExposureControl(new ExposureCalibration(exposureCandidates, exposureRounds,
                        ExposureCalibration.STANDARD_SEED).calibrate(itemBank, blueprint, ScoringConfigurations.INITIAL));
            }
            if (exposureCeiling && blueprint.exposureLimit() < 1.0) {
                simulation.withExposureCeiling(ExposureCeiling.of(blueprint));
            }
            if (priorFromDiagnostic != null) {
                TestBlueprint diagnostic = TestBlueprint.diagnostic()
                        .withStoppingRule(StoppingRule.fixedLength(priorFromDiagnostic));
                if (diagnosticLikelihoodOnly) {
                    simulation.withLikelihoodFromDiagnostic(diagnostic);
                } else {
                    simulation.withPriorFromDiagnostic(diagnostic);
                }
            }
            int[] lengths = checkpoints != null ? checkpoints : new int[] {Math.min(15, max), max};
            SimulationReport report = simulation.run(candidates, seed, lengths);
            out.print(report.describe());
            out.flush();
            return 0;
        }

    }
}

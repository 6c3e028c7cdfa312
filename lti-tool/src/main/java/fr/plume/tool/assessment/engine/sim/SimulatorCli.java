package fr.plume.tool.assessment.engine.sim;

import fr.plume.tool.assessment.engine.ItemBank;
import fr.plume.tool.assessment.engine.ItemParameters;
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

/** Command line for psychometricians: {@code plume-engine simulate --bank items.csv --candidates 2000 --mode DIAGNOSTIC}. */
@Command(name = "plume-engine", mixinStandardHelpOptions = true, subcommands = SimulatorCli.Simulate.class,
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

        @Option(names = "--bank", description = "CSV itemId,competency,family,a,b,accessible; generated when absent.")
        Path bank;

        @Option(names = "--candidates", defaultValue = "2000", description = "Simulated candidates, θ ~ N(0,1) (default ${DEFAULT-VALUE}).")
        int candidates;

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

        @Option(names = "--write-bank", description = "Also write the bank used to this CSV file.")
        Path writeBank;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            List<ItemParameters> items = bank == null
                    ? SimulatedBank.generate(bankSize, competencies, new SplittableRandom(seed ^ 0x5DEECE66DL))
                    : readBank(bank);
            if (writeBank != null) {
                try (Writer writer = Files.newBufferedWriter(writeBank, StandardCharsets.UTF_8)) {
                    BankCsv.write(items, writer);
                }
            }
            TestBlueprint blueprint = switch (mode) {
                case DIAGNOSTIC -> TestBlueprint.diagnostic();
                case CERTIFICATION -> TestBlueprint.certification();
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
            ItemBank itemBank = ItemBank.of(items);
            out.printf("bank              %d items, %d competencies (%s)%n", itemBank.size(),
                    itemBank.competencies().size(), bank == null ? "generated" : bank.getFileName());
            out.printf("mode              %s, seed %d%n", mode, seed);
            int max = blueprint.stoppingRule().maxItems();
            SimulationReport report = new CatSimulation(itemBank, blueprint)
                    .run(candidates, seed, Math.min(15, max), max);
            out.print(report.describe());
            out.flush();
            return 0;
        }

        private static List<ItemParameters> readBank(Path path) throws IOException {
            try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                return BankCsv.read(reader);
            }
        }
    }
}

package fr.plume.tool.assessment.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.assessment.engine.ItemParameters;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SimulatorCliTest {

    @Test
    void simulatesABankReadFromCsv(@TempDir Path directory) throws IOException {
        Path csv = directory.resolve("bank.csv");
        try (Writer writer = Files.newBufferedWriter(csv)) {
            BankCsv.write(SimulatedBank.generate(300, 8, new SplittableRandom(3)), writer);
        }
        StringWriter output = new StringWriter();
        CommandLine command = new CommandLine(new SimulatorCli());
        command.setOut(new PrintWriter(output));

        int exit = command.execute("simulate", "--bank", csv.toString(), "--candidates", "100",
                "--mode", "CERTIFICATION", "--seed", "5", "--no-exposure-control");

        assertThat(exit).isZero();
        assertThat(output.toString()).contains("300 items, 8 competencies").contains("RMSE")
                .contains("bias").contains("test length       mean").contains("exposure max")
                .contains("exposure mean");
    }

    @Test
    void generatesABankWhenNoneIsGivenAndRejectsAnUnknownMode() {
        StringWriter output = new StringWriter();
        CommandLine command = new CommandLine(new SimulatorCli());
        command.setOut(new PrintWriter(output));
        command.setErr(new PrintWriter(new StringWriter()));

        assertThat(command.execute("simulate", "--candidates", "50", "--mode", "DIAGNOSTIC", "--no-exposure-control"))
                .isZero();
        assertThat(output.toString()).contains("600 items, 16 competencies (generated)");
        assertThat(command.execute("simulate", "--mode", "ORAL")).isNotZero();
    }

    @Test
    void readsTheSampleBankInTheItemBankFormatAndReportsLevelsWithRudnersIndices() {
        StringWriter output = new StringWriter();
        CommandLine command = new CommandLine(new SimulatorCli());
        command.setOut(new PrintWriter(output));

        int exit = command.execute("simulate", "--bank", "../samples/items", "--mode", "DIAGNOSTIC",
                "--population", "domains:0.8:0.4", "--candidates", "20", "--seed", "3", "--no-exposure-control");

        assertThat(exit).isZero();
        assertThat(output.toString()).contains("345 items, 16 competencies (items)").contains("by true θ band")
                .contains("domain RMSE").contains("Rudner accuracy").contains("within one");
    }

    @Test
    void csvRoundTripsAndReportsTheFaultyLine() throws IOException {
        List<ItemParameters> items = SimulatedBank.generate(20, 4, new SplittableRandom(1));
        StringWriter text = new StringWriter();
        BankCsv.write(items, text);
        List<ItemParameters> read = BankCsv.read(new BufferedReader(new StringReader(text.toString())));
        assertThat(read).hasSize(20);
        assertThat(read.get(3).itemId()).isEqualTo(items.get(3).itemId());
        assertThat(read.get(3).a()).isCloseTo(items.get(3).a(), org.assertj.core.api.Assertions.within(1e-4));

        String broken = BankCsv.HEADER + "\ni1,C01,f1,1.0\n";
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> BankCsv.read(new BufferedReader(new StringReader(broken))))
                .hasMessageContaining("line 2");
    }

    @Test
    void certificationLengthAndDiscriminationCanBeChangedForWhatIfRuns(@TempDir Path directory) throws IOException {
        Path written = directory.resolve("what-if.csv");
        StringWriter output = new StringWriter();
        CommandLine command = new CommandLine(new SimulatorCli());
        command.setOut(new PrintWriter(output));

        int exit = command.execute("simulate", "--sample-shaped", "12", "--mode", "CERTIFICATION", "--candidates",
                "40", "--seed", "3", "--no-exposure-control", "--min-length", "20", "--max-length", "24",
                "--confidence", "0.99", "--scale-a", "1.5", "--write-bank", written.toString());

        assertThat(exit).isZero();
        assertThat(output.toString()).containsPattern("min 2[0-4], max 24");
        List<ItemParameters> bank = BankCsv.read(Files.newBufferedReader(written));
        assertThat(bank).hasSize(16 * 12).allSatisfy(item -> assertThat(item.a()).isBetween(1.5, 2.4));
    }
}


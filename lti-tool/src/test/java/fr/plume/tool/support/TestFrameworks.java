package fr.plume.tool.support;

import fr.plume.framework.format.FrameworkFormat;
import fr.plume.framework.format.FrameworkFormats;
import fr.plume.framework.model.Competency;
import fr.plume.framework.model.Domain;
import fr.plume.framework.model.Framework;
import fr.plume.framework.model.LevelDescriptor;
import fr.plume.framework.model.LocalizedText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/** Small valid frameworks for the tool's tests, each with fresh identifiers. */
public final class TestFrameworks {

    private TestFrameworks() {
    }

    /** Two domains of two competencies (1.1 … 2.2), six levels each. */
    public static Framework twoDomains(String version) {
        List<Domain> domains = new ArrayList<>();
        for (int d = 1; d <= 2; d++) {
            List<Competency> competencies = new ArrayList<>();
            for (int c = 1; c <= 2; c++) {
                String code = d + "." + c;
                competencies.add(new Competency(UUID.randomUUID(), code,
                        new LocalizedText("Compétence " + code, "Competency " + code),
                        new LocalizedText("Description de la compétence " + code, "Description of " + code),
                        IntStream.rangeClosed(1, 6).mapToObj(level -> new LevelDescriptor(level,
                                new LocalizedText("Niveau " + level + " de la compétence " + code,
                                        "Level " + level + " of " + code))).toList()));
            }
            domains.add(new Domain(UUID.randomUUID(), String.valueOf(d), new LocalizedText("Domaine " + d, "Domain " + d),
                    new LocalizedText("Description du domaine " + d, "Description of domain " + d), competencies));
        }
        return new Framework(UUID.randomUUID(), "TEST-" + UUID.randomUUID().toString().substring(0, 8), version,
                new LocalizedText("Référentiel d’essai", "Test framework"),
                new LocalizedText("Un petit référentiel pour les tests.", "A small framework for tests."),
                "CC-BY-SA-4.0", domains);
    }

    /**
     * A Moodle CSV of {@link #twoDomains} with two independent faults: two competency lines
     * repeated, so two duplicate idnumbers.
     */
    public static byte[] moodleCsvWithTwoFaults() {
        String csv = new String(FrameworkFormats.write(FrameworkFormat.MOODLE_CSV, twoDomains("1.0.0")),
                StandardCharsets.UTF_8);
        String[] lines = csv.split("\n");
        return (csv + lines[lines.length - 1] + "\n" + lines[lines.length - 2] + "\n").getBytes(StandardCharsets.UTF_8);
    }
}

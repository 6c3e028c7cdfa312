package fr.plume.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module diagrams and canvases in {@code docs/architecture/} are generated from the code by
 * Spring Modulith's {@link Documenter}. This test regenerates them and fails when the checked-in
 * copies are stale; run it with {@code -Dplume.docs.write=true} to refresh them.
 */
class ArchitectureDocumentationTest {

    private static final Path CHECKED_IN = Path.of("..", "docs", "architecture");
    private static final Path GENERATED = Path.of("target", "modulith-docs");

    @Test
    void checkedInModuleDocumentationMatchesTheCode() {
        new Documenter(ApplicationModules.of(PlumeApplication.class),
                Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        Map<String, String> generated = read(GENERATED);
        if (Boolean.getBoolean("plume.docs.write")) {
            write(generated);
        }
        assertThat(read(CHECKED_IN))
                .as("docs/architecture/ is stale: rerun this test with -Dplume.docs.write=true and commit the result")
                .isEqualTo(generated);
    }

    private static Map<String, String> read(Path folder) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> paths = Files.list(folder)) {
            paths.filter(Files::isRegularFile)
                    .forEach(path -> files.put(path.getFileName().toString(), readString(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static String readString(Path path) {
        try {
            return withRelationsSorted(Files.readString(path).replace("\r\n", "\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The Documenter lists a diagram's relations in an order that changes from run to run (it
     * walks hashed sets), so each run of consecutive {@code Rel(} lines is compared sorted.
     */
    static String withRelationsSorted(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        for (int start = 0; start < lines.size(); start++) {
            int end = start;
            while (end < lines.size() && lines.get(end).startsWith("Rel(")) {
                end++;
            }
            if (end > start) {
                Collections.sort(lines.subList(start, end));
                start = end;
            }
        }
        return String.join("\n", lines);
    }

    private static void write(Map<String, String> files) {
        try {
            Files.createDirectories(CHECKED_IN);
            try (Stream<Path> old = Files.list(CHECKED_IN)) {
                for (Path path : old.toList()) {
                    Files.delete(path);
                }
            }
            for (Map.Entry<String, String> file : files.entrySet()) {
                Files.writeString(CHECKED_IN.resolve(file.getKey()), file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

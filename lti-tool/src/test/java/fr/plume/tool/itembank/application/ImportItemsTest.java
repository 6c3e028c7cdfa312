package fr.plume.tool.itembank.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.framework.content.Item;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportItemsTest {

    private final InMemoryItems items = new InMemoryItems();
    private final ImportItems importItems = new ImportItems(items);

    @TempDir
    Path folder;

    private String pattern() {
        return folder.toUri() + "*.json";
    }

    @Test
    void importsEveryItemOfAValidFileAndNoneOfAFileWithAProblem() throws IOException {
        List<Item> valid = SampleItems.itemsOf("1.1.json");
        Files.write(folder.resolve("1.1.json"), SampleItems.file("1.1.json"));
        String oneBadLevel = new String(SampleItems.file("1.2.json"), StandardCharsets.UTF_8)
                .replaceFirst("\"level\": \\d", "\"level\": 9");
        Files.writeString(folder.resolve("1.2.json"), oneBadLevel);

        ImportItems.Outcome outcome = importItems.importMatching(pattern());

        assertThat(outcome).isEqualTo(new ImportItems.Outcome(2, valid.size(), 0, 1));
        assertThat(items.stored.values()).containsExactlyElementsOf(valid);
    }

    @Test
    void leavesItemsAlreadyStoredAsTheyAre() throws IOException {
        List<Item> sample = SampleItems.itemsOf("2.1.json");
        Files.write(folder.resolve("2.1.json"), SampleItems.file("2.1.json"));
        importItems.importMatching(pattern());

        ImportItems.Outcome again = importItems.importMatching(pattern());

        assertThat(again).isEqualTo(new ImportItems.Outcome(1, 0, sample.size(), 0));
        assertThat(items.stored).hasSize(sample.size());
    }
}

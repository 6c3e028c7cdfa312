package fr.plume.tool.assessment.engine.sim;

import fr.plume.framework.content.Item;
import fr.plume.framework.content.ItemJson;
import fr.plume.framework.content.ItemStatus;
import fr.plume.framework.content.ItemType;
import fr.plume.tool.assessment.engine.ItemParameters;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a bank for the simulator: a directory of item files or one item file in the item bank's
 * JSON format (only published, machine-scored items with IRT parameters, as delivery does), or a
 * CSV file ({@link BankCsv}).
 */
public final class BankFiles {

    private BankFiles() {
    }

    public static List<ItemParameters> read(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            ItemJson.BankResult result = ItemJson.readDirectory(path);
            if (!result.valid()) {
                throw new IllegalArgumentException("invalid item files: " + result.problems());
            }
            return parameters(result.items());
        }
        if (path.getFileName().toString().endsWith(".json")) {
            ItemJson.FileResult result = ItemJson.read(path);
            if (!result.valid()) {
                throw new IllegalArgumentException("invalid item file: " + result.problems());
            }
            return parameters(result.items());
        }
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return BankCsv.read(reader);
        }
    }

    static List<ItemParameters> parameters(List<Item> items) {
        return items.stream()
                .filter(item -> item.status() == ItemStatus.PUBLISHED && item.type() != ItemType.ESSAY && item.irt() != null)
                .map(item -> new ItemParameters(item.id().toString(), item.competency(), item.family(), item.irt().a(),
                        item.irt().b(), item.accessibility().screenReaderFriendly()))
                .toList();
    }
}

package fr.plume.tool.itembank.application;

import fr.plume.framework.content.Item;
import fr.plume.framework.content.ItemJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The sample bank's files, read as the tests' reference. */
final class SampleItems {

    static final String PATTERN = "classpath*:samples/items/*.json";

    private SampleItems() {
    }

    static byte[] file(String name) {
        try (InputStream in = SampleItems.class.getResourceAsStream("/samples/items/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Item> itemsOf(String name) {
        return ItemJson.read(name, file(name)).items();
    }

    static List<Item> all() throws IOException {
        List<Item> items = new ArrayList<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources(PATTERN)) {
            try (InputStream in = resource.getInputStream()) {
                items.addAll(ItemJson.read(resource.getFilename(), in.readAllBytes()).items());
            }
        }
        return items;
    }
}

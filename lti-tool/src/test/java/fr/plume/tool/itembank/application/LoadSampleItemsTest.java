package fr.plume.tool.itembank.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.framework.content.Item;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadSampleItemsTest {

    private final InMemoryItems items = new InMemoryItems();
    private final LoadSampleItems loadSampleItems = new LoadSampleItems(new ImportItems(items), SampleItems.PATTERN);

    @Test
    void loadsEveryItemOfTheSampleBank() throws IOException {
        List<Item> sample = SampleItems.all();

        loadSampleItems.load();

        assertThat(sample).hasSizeGreaterThan(100);
        assertThat(items.stored.values()).containsExactlyInAnyOrderElementsOf(sample);
    }

    @Test
    void keepsTheItemsAlreadyStoredOnALaterStart() throws IOException {
        Item first = SampleItems.itemsOf("1.1.json").get(0);
        items.stored.put(first.id(), first);
        int before = SampleItems.all().size();

        loadSampleItems.load();
        loadSampleItems.load();

        assertThat(items.stored).hasSize(before);
        assertThat(items.stored.get(first.id())).isSameAs(first);
    }
}

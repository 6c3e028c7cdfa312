package fr.plume.tool.psychometrics.domain;

import fr.plume.framework.content.Item;
import fr.plume.framework.content.ItemJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The sample bank's items with their a priori parameters: the operational items of the simulations. */
final class SampleBank {

    record BankItem(String id, String competency, int level, double a, double b) {

        ItemParameter parameter() {
            return ItemParameter.fixed(id, a, b);
        }
    }

    private static List<BankItem> items;

    private SampleBank() {
    }

    static synchronized List<BankItem> items() {
        if (items == null) {
            List<BankItem> read = new ArrayList<>();
            try {
                for (Resource resource : new PathMatchingResourcePatternResolver()
                        .getResources("classpath*:samples/items/*.json")) {
                    try (InputStream in = resource.getInputStream()) {
                        for (Item item : ItemJson.read(resource.getFilename(), in.readAllBytes()).items()) {
                            if (item.irt() != null && !item.needsHumanMarking()) {
                                read.add(new BankItem(item.id().toString(), item.competency(), item.level(),
                                        item.irt().a(), item.irt().b()));
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            read.sort(Comparator.comparing(BankItem::id));
            items = List.copyOf(read);
        }
        return items;
    }
}

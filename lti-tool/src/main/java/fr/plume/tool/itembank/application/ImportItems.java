package fr.plume.tool.itembank.application;

import fr.plume.framework.content.ItemJson;
import fr.plume.tool.itembank.domain.Items;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Imports item files (the bank's JSON format) into the bank. Idempotent: an item already stored
 * (same id) is left as it is, so running it again changes nothing. A file with problems is
 * refused whole and reported, never half-imported.
 */
@Component
public class ImportItems {

    private static final Logger log = LoggerFactory.getLogger(ImportItems.class);

    private final Items items;

    public ImportItems(Items items) {
        this.items = items;
    }

    public record Outcome(int files, int inserted, int unchanged, int refusedFiles) {
    }

    /** @param pattern a resource pattern such as {@code classpath*:samples/items/*.json} */
    public Outcome importMatching(String pattern) throws IOException {
        Resource[] resources = new PathMatchingResourcePatternResolver().getResources(pattern);
        int inserted = 0;
        int unchanged = 0;
        int refused = 0;
        for (Resource resource : resources) {
            byte[] content;
            try (InputStream in = resource.getInputStream()) {
                content = in.readAllBytes();
            }
            ItemJson.FileResult file = ItemJson.read(resource.getFilename(), content);
            if (!file.valid()) {
                refused++;
                log.warn("event=itembank.file-refused file={} problems={}", resource.getFilename(), file.problems().size());
                continue;
            }
            for (var item : file.items()) {
                if (items.insertIfAbsent(item)) {
                    inserted++;
                } else {
                    unchanged++;
                }
            }
        }
        return new Outcome(resources.length, inserted, unchanged, refused);
    }
}

package fr.plume.tool.itembank.application;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On a demo start, loads the sample bank ({@code samples/items/}); items already stored are kept. */
@Component
@Profile("demo")
class LoadSampleItems {

    private static final Logger log = LoggerFactory.getLogger(LoadSampleItems.class);

    private final ImportItems importItems;
    private final String pattern;

    LoadSampleItems(ImportItems importItems,
            @Value("${plume.samples.items:classpath*:samples/items/*.json}") String pattern) {
        this.importItems = importItems;
        this.pattern = pattern;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    void load() throws IOException {
        ImportItems.Outcome outcome = importItems.importMatching(pattern);
        log.info("event=itembank.samples-loaded files={} inserted={} unchanged={} refused={}", outcome.files(),
                outcome.inserted(), outcome.unchanged(), outcome.refusedFiles());
    }
}

package fr.plume.tool.framework.application;

import fr.plume.framework.format.FrameworkFormat;
import fr.plume.tool.framework.api.Frameworks;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/** On the first demo start (no framework stored yet), imports the sample "Référentiel Plume de l'écrit". */
@Component
@Profile("demo")
class LoadSampleFramework {

    private static final Logger log = LoggerFactory.getLogger(LoadSampleFramework.class);

    private final ImportFramework importFramework;
    private final Frameworks frameworks;
    private final Resource sample;

    LoadSampleFramework(ImportFramework importFramework, Frameworks frameworks,
            @Value("${plume.samples.framework}") Resource sample) {
        this.importFramework = importFramework;
        this.frameworks = frameworks;
        this.sample = sample;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void loadOnFirstStart() throws IOException {
        if (frameworks.current().isPresent()) {
            return;
        }
        try (InputStream in = sample.getInputStream()) {
            var outcome = importFramework.importFile(FrameworkFormat.CASE_JSON, in, "demo");
            log.info("event=framework.sample-loaded version={}", outcome.version());
        }
    }
}

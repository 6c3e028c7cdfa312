package fr.plume.tool.itembank.application;

import fr.plume.framework.content.ItemStatus;
import fr.plume.tool.itembank.domain.Author;
import fr.plume.tool.itembank.domain.ModuleVersion;
import fr.plume.tool.itembank.domain.ModuleVersions;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review of open modules, as for items: someone other than the author publishes (the module
 * then joins the commons: catalogue, Deep Linking, OAI-PMH) or retires it (an OAI-PMH deleted record).
 */
@Component
public class ReviewModule {

    private static final Logger log = LoggerFactory.getLogger(ReviewModule.class);

    private final ModuleVersions modules;
    private final Clock clock;

    public ReviewModule(ModuleVersions modules, Clock clock) {
        this.modules = modules;
        this.clock = clock;
    }

    @Transactional
    public void submit(Author author, UUID moduleId, int version) {
        move(require(moduleId, version), ItemStatus.DRAFT, ItemStatus.IN_REVIEW, null);
    }

    @Transactional
    public void publish(Author reviewer, UUID moduleId, int version) {
        ModuleVersion module = require(moduleId, version);
        notTheAuthor(reviewer, module);
        move(module, ItemStatus.IN_REVIEW, ItemStatus.PUBLISHED, reviewer.key());
        log.info("event=itembank.module-published module={} version={}", moduleId, version);
    }

    @Transactional
    public void sendBack(Author reviewer, UUID moduleId, int version) {
        ModuleVersion module = require(moduleId, version);
        notTheAuthor(reviewer, module);
        move(module, ItemStatus.IN_REVIEW, ItemStatus.DRAFT, null);
    }

    @Transactional
    public void retire(Author reviewer, UUID moduleId, int version) {
        ModuleVersion module = require(moduleId, version);
        notTheAuthor(reviewer, module);
        move(module, ItemStatus.PUBLISHED, ItemStatus.RETIRED, reviewer.key());
        log.info("event=itembank.module-retired module={} version={}", moduleId, version);
    }

    private ModuleVersion require(UUID moduleId, int version) {
        return modules.find(moduleId, version)
                .orElseThrow(() -> new PlumeProblemException("ITEMBANK-MODULE-NOT-FOUND", 404));
    }

    private void move(ModuleVersion version, ItemStatus from, ItemStatus to, String reviewer) {
        ItemStatus now = version.module().status();
        if (now != from || !modules.move(version.module().id(), version.module().version(), from, to, reviewer,
                Instant.now(clock))) {
            throw new PlumeProblemException("ITEMBANK-WRONG-STATUS", 409, now);
        }
    }

    private static void notTheAuthor(Author reviewer, ModuleVersion version) {
        if (reviewer.is(version.author())) {
            throw new PlumeProblemException("ITEMBANK-OWN-REVIEW", 403);
        }
    }
}

package fr.plume.tool.assessment.application;

import fr.plume.framework.content.Item;
import fr.plume.framework.content.ModuleEntry;
import fr.plume.framework.content.OpenModule;
import fr.plume.tool.assessment.domain.Accommodations;
import fr.plume.tool.assessment.domain.Attempt;
import fr.plume.tool.assessment.domain.Attempts;
import fr.plume.tool.assessment.domain.ModulePractice;
import fr.plume.tool.assessment.domain.ModulePractices;
import fr.plume.tool.assessment.engine.cat.TestMode;
import fr.plume.tool.itembank.api.ItemCatalog;
import fr.plume.tool.itembank.api.PublishedModules;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts the practice of an open module placed by Deep Linking ({@link OfferedModules}), or
 * returns the unfinished one of this link to resume: exactly the module's items, in module order,
 * at the versions the module pins, with the formative feedback. An attempt already started keeps
 * its sequence and can be finished after the module is retired or republished; a new practice of
 * a retired module is refused ({@code ASSESSMENT-MODULE-RETIRED}).
 */
@Component
public class StartModulePractice {

    private static final Logger log = LoggerFactory.getLogger(StartModulePractice.class);

    private final Attempts attempts;
    private final ModulePractices practices;
    private final PublishedModules modules;
    private final ItemCatalog catalog;
    private final Clock clock;

    public StartModulePractice(Attempts attempts, ModulePractices practices, PublishedModules modules,
            ItemCatalog catalog, Clock clock) {
        this.attempts = attempts;
        this.practices = practices;
        this.modules = modules;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Transactional
    public Attempt start(Student student, UUID moduleId) {
        Optional<Attempt> unfinished = unfinished(student, moduleId);
        if (unfinished.isPresent()) {
            return unfinished.get();
        }
        PublishedModules.Published published = modules.find(moduleId)
                .orElseThrow(() -> new PlumeProblemException("ASSESSMENT-MODULE-UNKNOWN", 404));
        if (published.retired()) {
            throw new PlumeProblemException("ASSESSMENT-MODULE-RETIRED", 410);
        }
        OpenModule module = published.module();
        List<ModulePractice.PinnedItem> items = new ArrayList<>();
        Set<String> competencies = new LinkedHashSet<>();
        Set<UUID> seen = new HashSet<>();
        for (ModuleEntry entry : module.entries()) {
            if (entry instanceof ModuleEntry.ItemEntry pinned && seen.add(pinned.itemId())) {
                Optional<Item> item = catalog.item(pinned.itemId(), pinned.itemVersion());
                item.ifPresent(found -> {
                    items.add(new ModulePractice.PinnedItem(pinned.itemId(), pinned.itemVersion()));
                    competencies.add(found.competency());
                });
            }
        }
        if (items.isEmpty()) {
            throw new PlumeProblemException("ASSESSMENT-MODULE-EMPTY", 409);
        }
        Attempt attempt = StartAttempt.newAttempt(student, TestMode.FORMATIVE, competencies,
                Accommodations.from(student.custom()), false, Instant.now(clock));
        attempts.insert(attempt);
        practices.insert(attempt.memberId(),
                new ModulePractice(attempt.id(), module.id(), module.version(), items));
        log.info("event=attempt.started member={} attempt={} mode=FORMATIVE module={} version={} items={}",
                attempt.memberId(), attempt.id(), module.id(), module.version(), items.size());
        return attempt;
    }

    /** The placed module as the commons holds it (its last published version, retired or not). */
    public Optional<PublishedModules.Published> placed(UUID moduleId) {
        return modules.find(moduleId);
    }

    /** The module practice this person left unfinished from this link, to resume. */
    public Optional<Attempt> unfinished(Student student, UUID moduleId) {
        return attempts.ofUser(student.memberId(), student.userId()).stream()
                .filter(Attempt::inProgress)
                .filter(a -> a.mode() == TestMode.FORMATIVE && !a.writing())
                .filter(a -> Objects.equals(a.resourceLinkId(), student.resourceLinkId()))
                .filter(a -> practices.of(a.memberId(), a.id()).map(p -> p.moduleId().equals(moduleId)).orElse(false))
                .findFirst();
    }
}

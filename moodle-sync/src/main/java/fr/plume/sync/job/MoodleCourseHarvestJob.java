package fr.plume.sync.job;

import fr.plume.sync.catalogue.CatalogueStore;
import fr.plume.sync.catalogue.HarvestedResource;
import fr.plume.sync.i18n.Phrase;
import fr.plume.sync.moodle.CourseModule;
import fr.plume.sync.moodle.MissingFunctionsException;
import fr.plume.sync.moodle.MoodleCourseApi;
import fr.plume.sync.moodle.MoodleWsClient;
import fr.plume.sync.moodle.SiteInfo;
import fr.plume.sync.moodle.WsFunctions;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Harvests the open resources of a publishing Moodle course (core_course_get_contents):
 * pages, URLs, files (metadata only), books and folders. The listing is complete, so a
 * module no longer listed (or hidden) is withdrawn.
 */
public final class MoodleCourseHarvestJob {

    private static final Set<String> PUBLISHABLE = Set.of("page", "url", "resource", "book", "folder");

    private final MoodleWsClient client;
    private final CatalogueStore store;
    private final CompetencyMapper mapper;
    private final Clock clock;

    public MoodleCourseHarvestJob(MoodleWsClient client, CatalogueStore store, CompetencyMapper mapper, Clock clock) {
        this.client = client;
        this.store = store;
        this.mapper = mapper;
        this.clock = clock;
    }

    public SyncReport run(long courseId, boolean dryRun) {
        String site = client.site().name();
        String origin = "moodle:" + site + ":course:" + courseId;
        SyncReport.Builder report = new SyncReport.Builder("resources harvest (Moodle course)", origin, dryRun,
                clock.instant());
        SiteInfo info = new fr.plume.sync.moodle.MoodleCompetencyApi(client).siteInfo();
        List<String> missing = info.missing(WsFunctions.COURSE_HARVEST);
        if (!missing.isEmpty()) {
            throw new MissingFunctionsException(site, "resources harvest", missing);
        }
        CatalogueUpdater updater = new CatalogueUpdater(store, report, dryRun);
        Set<String> seen = new HashSet<>();
        try (AutoCloseable ignored = client.onWarning(w -> report.warning(w.phrase()))) {
            for (CourseModule m : new MoodleCourseApi(client).contents(courseId)) {
                String sourceId = origin + ":cm:" + m.id();
                if (!PUBLISHABLE.contains(m.modname())) {
                    report.skipped(Phrase.literal(sourceId + " « " + m.name() + " »"),
                            Phrase.of("course.notOpenResource", m.modname()));
                    continue;
                }
                if (!m.visible()) {
                    report.skipped(Phrase.literal(sourceId + " « " + m.name() + " »"), Phrase.of("course.hidden"));
                    continue;
                }
                seen.add(sourceId);
                updater.apply(resource(sourceId, origin, m));
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        for (String id : store.activeSourceIds(origin)) {
            if (!seen.contains(id)) {
                updater.withdraw(id, Phrase.of("course.noLongerPublished"));
            }
        }
        if (!dryRun) {
            store.commit();
        }
        return report.build(clock.instant());
    }

    private HarvestedResource resource(String sourceId, String origin, CourseModule m) {
        String url = m.url();
        StringBuilder description = new StringBuilder(Html.visibleText(m.description()));
        String licence = "";
        List<String> authors = new java.util.ArrayList<>();
        for (CourseModule.ContentFile f : m.files()) {
            if (m.modname().equals("url") && f.type().equals("url") && !f.fileurl().isBlank()) {
                url = f.fileurl();
            }
            if (f.type().equals("file")) {
                description.append(description.isEmpty() ? "" : "\n").append("Fichier : ").append(f.filename())
                        .append(" (").append(f.mimetype()).append(", ").append(f.filesize()).append(" octets)");
            }
            if (licence.isEmpty() && !f.license().isBlank()) {
                licence = f.license();
            }
            if (!f.author().isBlank()) {
                authors.add(f.author());
            }
        }
        return new HarvestedResource(sourceId, origin, m.name(), description.toString(), url, "", licence, List.of(),
                authors, m.modname(), mapper.map(List.of(), List.of(), "", m.name(), m.description(), m.sectionName()), "");
    }
}

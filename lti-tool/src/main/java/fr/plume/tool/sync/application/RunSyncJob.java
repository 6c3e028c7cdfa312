package fr.plume.tool.sync.application;

import fr.plume.framework.model.Framework;
import fr.plume.sync.catalogue.CompetencyRating;
import fr.plume.sync.format.QuestionFiles;
import fr.plume.sync.job.CompetencyIndex;
import fr.plume.sync.job.CompetencyMapper;
import fr.plume.sync.job.FrameworkPushJob;
import fr.plume.sync.job.FrameworkPushResult;
import fr.plume.sync.job.MoodleCourseHarvestJob;
import fr.plume.sync.job.OaiHarvestJob;
import fr.plume.sync.job.OaiPmhClient;
import fr.plume.sync.job.Progress;
import fr.plume.sync.job.QuestionFileImportJob;
import fr.plume.sync.job.RatingsPushJob;
import fr.plume.sync.job.ScaleSettings;
import fr.plume.sync.moodle.MoodleCompetencyApi;
import fr.plume.sync.moodle.MoodleSite;
import fr.plume.sync.moodle.MoodleWsClient;
import fr.plume.tool.catalogue.api.OpenResourceStore;
import fr.plume.tool.framework.api.Frameworks;
import fr.plume.tool.sync.domain.ClaimedRun;
import fr.plume.tool.sync.domain.DraftQuestions;
import fr.plume.tool.sync.domain.OaiSourceConfig;
import fr.plume.tool.sync.domain.QuestionFileDownloads;
import fr.plume.tool.sync.domain.RatingLedgers;
import fr.plume.tool.sync.domain.SiteUrls;
import fr.plume.tool.sync.domain.SyncOutcome;
import fr.plume.tool.sync.domain.SyncSite;
import fr.plume.tool.sync.domain.SyncSites;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Runs one claimed job with moodle-sync's job classes, wired to the tool's stores: the current
 * framework for pushes, the catalogue for resource harvests, draft questions for question files.
 * Throws when the job cannot run (missing function, scale, unreachable site…); the caller records it.
 */
@Service
public class RunSyncJob {

    private final SyncSites sites;
    private final Frameworks frameworks;
    private final OpenResourceStore catalogue;
    private final DraftQuestions drafts;
    private final ReadCourseRatings courseRatings;
    private final RatingLedgers ledger;
    private final QuestionFileDownloads downloads;
    private final Clock clock;

    RunSyncJob(SyncSites sites, Frameworks frameworks, OpenResourceStore catalogue, DraftQuestions drafts,
            ReadCourseRatings courseRatings, RatingLedgers ledger, QuestionFileDownloads downloads, Clock clock) {
        this.downloads = downloads;
        this.courseRatings = courseRatings;
        this.ledger = ledger;
        this.sites = sites;
        this.frameworks = frameworks;
        this.catalogue = catalogue;
        this.drafts = drafts;
        this.clock = clock;
    }

    /** Thrown when the run cannot even start; its message is for the administrator. */
    public static class NotRunnable extends RuntimeException {
        public NotRunnable(String message) {
            super(message);
        }
    }

    public SyncOutcome run(ClaimedRun run) {
        SyncSite site = sites.find(run.memberId(), run.siteId())
                .orElseThrow(() -> new NotRunnable("Site introuvable / site not found"));
        if (!site.allows(run.job())) {
            throw new NotRunnable("Tâche " + run.job() + " non activée pour le site " + site.name()
                    + " / job not enabled for this site");
        }
        return switch (run.job()) {
            case FRAMEWORK_PUSH -> pushFramework(site, run.dryRun());
            case OAI_HARVEST -> harvestOai(site, run.target(), run.dryRun());
            case COURSE_HARVEST -> harvestCourse(site, run.target(), run.dryRun());
            case QUESTIONS_HARVEST -> harvestQuestions(site, run.memberId(), run.target(), run.dryRun());
            case RATINGS_PUSH -> pushRatings(site, run.target(), run.dryRun());
        };
    }

    private SyncOutcome pushFramework(SyncSite site, boolean dryRun) {
        Frameworks.StoredFramework current = frameworks.current()
                .orElseThrow(() -> new NotRunnable("Aucun référentiel importé dans l’outil / no framework imported"));
        Optional<Framework> previous = Optional.ofNullable(site.lastPushedFrameworkId())
                .filter(id -> !id.equals(current.versionId()))
                .flatMap(frameworks::find)
                .map(Frameworks.StoredFramework::framework)
                .filter(f -> f.idnumber().equals(current.framework().idnumber()));
        FrameworkPushJob job = new FrameworkPushJob(new MoodleCompetencyApi(client(site)),
                ScaleSettings.sixLevels(site.scaleId()), clock);
        FrameworkPushResult result = job.run(current.framework(), previous, dryRun);
        if (!dryRun && !result.report().hasFailures() && result.moodleCsv().isEmpty()) {
            sites.markPushed(site.memberId(), site.id(), current.versionId());
        }
        return new SyncOutcome(result.report(), result.moodleCsv());
    }

    private SyncOutcome pushRatings(SyncSite site, String issuer, boolean dryRun) {
        if (frameworks.current().isEmpty()) {
            throw new NotRunnable("Aucun référentiel importé dans l’outil / no framework imported");
        }
        String platform = issuer == null || issuer.isBlank() ? site.baseUrl() : issuer.strip();
        RatingsPushJob job = new RatingsPushJob(new MoodleCompetencyApi(client(site)),
                courseRatings.forSite(site.memberId(), platform), ledger.forSite(site.memberId(), site.id()),
                ScaleSettings.sixLevels(site.scaleId()), clock);
        return new SyncOutcome(job.run(EnumSet.allOf(CompetencyRating.RatingOrigin.class), dryRun, Progress.NONE),
                Optional.empty());
    }

    private SyncOutcome harvestOai(SyncSite site, String sourceName, boolean dryRun) {
        OaiSourceConfig source = site.oaiSource(sourceName)
                .orElseThrow(() -> new NotRunnable("Entrepôt OAI-PMH « " + sourceName + " » absent de la configuration "
                        + "du site / OAI-PMH source not configured"));
        OaiHarvestJob job = new OaiHarvestJob(OaiPmhClient.standard(), catalogue, mapper(site), clock);
        return new SyncOutcome(job.run(source.toSource(), Optional.empty(), Optional.empty(), dryRun, Progress.NONE),
                Optional.empty());
    }

    private SyncOutcome harvestCourse(SyncSite site, String courseId, boolean dryRun) {
        long id;
        try {
            id = Long.parseLong(courseId.strip());
        } catch (NumberFormatException e) {
            throw new NotRunnable("Identifiant de cours invalide / invalid course id: " + courseId);
        }
        MoodleCourseHarvestJob job = new MoodleCourseHarvestJob(client(site), catalogue, mapper(site), clock);
        return new SyncOutcome(job.run(id, dryRun), Optional.empty());
    }

    private SyncOutcome harvestQuestions(SyncSite site, java.util.UUID memberId, String fileUrl, boolean dryRun) {
        if (!SiteUrls.isWebUrl(fileUrl)) {
            throw new NotRunnable("Adresse de fichier invalide / invalid file URL");
        }
        URI uri = URI.create(fileUrl.strip());
        String path = uri.getPath() == null ? "" : uri.getPath();
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        String origin = site.name() + ":" + (fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.'))
                : fileName);
        QuestionFileImportJob job = new QuestionFileImportJob(drafts.forMember(memberId), mapper(site),
                new QuestionFiles(), clock);
        try (InputStream body = downloads.open(uri)) {
            return new SyncOutcome(job.run(origin, fileName, body, dryRun), Optional.empty());
        } catch (QuestionFileDownloads.Unavailable e) {
            throw new NotRunnable(e.getMessage());
        } catch (IOException e) {
            throw new NotRunnable("Fichier de questions illisible / question file unreadable: "
                    + e.getClass().getSimpleName());
        }
    }

    private MoodleWsClient client(SyncSite site) {
        String token = sites.token(site.memberId(), site.id());
        return new MoodleWsClient(MoodleSite.of(site.name(), URI.create(site.baseUrl()), token));
    }

    private CompetencyMapper mapper(SyncSite site) {
        CompetencyIndex index = frameworks.current().map(f -> CompetencyIndex.of(f.framework()))
                .orElse(CompetencyIndex.empty());
        return new CompetencyMapper(index, site.keywordRules());
    }
}

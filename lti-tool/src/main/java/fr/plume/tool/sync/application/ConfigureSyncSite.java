package fr.plume.tool.sync.application;

import fr.plume.sync.job.CompetencyMapper;
import fr.plume.sync.job.KeywordRule;
import fr.plume.tool.shared.domain.PlumeProblemException;
import fr.plume.tool.sync.domain.OaiSourceConfig;
import fr.plume.tool.sync.domain.SiteUrls;
import fr.plume.tool.sync.domain.SyncJobKind;
import fr.plume.tool.sync.domain.SyncSchedules;
import fr.plume.tool.sync.domain.SyncSites;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Validates and saves a member's site configuration and its schedules. Refusals name what is wrong. */
@Service
public class ConfigureSyncSite {

    private final SyncSites sites;
    private final SyncSchedules schedules;
    private final Clock clock;

    ConfigureSyncSite(SyncSites sites, SyncSchedules schedules, Clock clock) {
        this.sites = sites;
        this.schedules = schedules;
        this.clock = clock;
    }

    public record SiteForm(String name, String baseUrl, String token, long scaleId, Set<SyncJobKind> jobs,
            String oaiSources, String keywordRules) {
    }

    public UUID saveSite(UUID memberId, SiteForm form) {
        String name = form.name() == null ? "" : form.name().strip();
        if (!name.matches("[A-Za-z0-9._-]{1,60}")) {
            throw new PlumeProblemException("SYNC-SITE-NAME", 422);
        }
        if (!SiteUrls.isWebUrl(form.baseUrl())) {
            throw new PlumeProblemException("SYNC-SITE-URL", 422);
        }
        if (form.scaleId() <= 0) {
            throw new PlumeProblemException("SYNC-SITE-SCALE", 422);
        }
        List<OaiSourceConfig> oai;
        try {
            oai = OaiSourceConfig.parseLines(form.oaiSources());
        } catch (IllegalArgumentException e) {
            throw new PlumeProblemException("SYNC-OAI-SOURCES", 422, e.getMessage());
        }
        List<KeywordRule> rules = List.of();
        if (form.keywordRules() != null && !form.keywordRules().isBlank()) {
            try {
                rules = CompetencyMapper.readRules(new ByteArrayInputStream(
                        form.keywordRules().getBytes(StandardCharsets.UTF_8)));
            } catch (IllegalArgumentException e) {
                throw new PlumeProblemException("SYNC-KEYWORD-RULES", 422);
            }
        }
        boolean isNew = sites.ofMember(memberId).stream().noneMatch(s -> s.name().equals(name));
        if (isNew && (form.token() == null || form.token().isBlank())) {
            throw new PlumeProblemException("SYNC-SITE-TOKEN", 422);
        }
        return sites.save(memberId, name, form.baseUrl().strip(), form.token(), form.scaleId(), form.jobs(), oai, rules);
    }

    /**
     * @param cadence a cron expression in UTC ({@code 0 0 3 * * *}) or an ISO-8601 interval ({@code PT6H})
     */
    public UUID schedule(UUID memberId, UUID siteId, SyncJobKind job, String target, String cadence, boolean dryRun) {
        var site = sites.find(memberId, siteId).orElseThrow(() -> new PlumeProblemException("PLUME-NOT-FOUND", 404));
        String t = target == null ? "" : target.strip();
        if (job.needsTarget() && t.isEmpty() || !job.acceptsTarget() && !t.isEmpty()) {
            throw new PlumeProblemException("SYNC-SCHEDULE-TARGET", 422);
        }
        if (job == SyncJobKind.RATINGS_PUSH && !t.isEmpty() && !SiteUrls.isWebUrl(t)) {
            throw new PlumeProblemException("SYNC-SCHEDULE-TARGET", 422);
        }
        if (job == SyncJobKind.OAI_HARVEST && site.oaiSource(t).isEmpty()) {
            throw new PlumeProblemException("SYNC-SCHEDULE-TARGET", 422);
        }
        String c = cadence == null ? "" : cadence.strip();
        String cron = null;
        Duration interval = null;
        try {
            if (c.toUpperCase().startsWith("P")) {
                interval = Duration.parse(c.toUpperCase());
            } else {
                cron = c;
            }
            NextRunTime.validate(cron, interval);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new PlumeProblemException("SYNC-SCHEDULE-CADENCE", 422);
        }
        return schedules.save(memberId, siteId, job, t, cron, interval, dryRun,
                NextRunTime.after(cron, interval, clock.instant()));
    }

    /** Removes a schedule of the member; runs already recorded stay. */
    public void removeSchedule(UUID memberId, UUID scheduleId) {
        schedules.delete(memberId, scheduleId);
    }
}

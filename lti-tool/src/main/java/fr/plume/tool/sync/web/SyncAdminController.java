package fr.plume.tool.sync.web;

import fr.plume.tool.identity.api.Members;
import fr.plume.tool.shared.domain.PlumeProblemException;
import fr.plume.tool.sync.application.ConfigureSyncSite;
import fr.plume.tool.sync.application.ReadSyncOverview;
import fr.plume.tool.sync.application.ReadSyncOverview.MemberSyncState;
import fr.plume.tool.sync.application.ReadSyncRuns;
import fr.plume.tool.sync.application.RequestSyncRun;
import fr.plume.tool.sync.domain.OaiSourceConfig;
import fr.plume.tool.sync.domain.SyncJobKind;
import fr.plume.tool.sync.domain.SyncRun;
import fr.plume.tool.sync.domain.SyncSchedule;
import fr.plume.tool.sync.domain.SyncSite;
import java.security.Principal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The consortium admin's sync pages: each member's Moodle sites and schedules, the last runs
 * with their reports, "run now" and "dry run". Every route names the member, and every read
 * filters on it. Tokens are write-only: no page ever shows one.
 */
@Controller
@RequestMapping("/admin/sync")
class SyncAdminController {

    private static final int RECENT_RUNS = 10;

    private final Members members;
    private final ReadSyncOverview overview;
    private final ReadSyncRuns runs;
    private final ConfigureSyncSite configure;
    private final RequestSyncRun requestRun;

    SyncAdminController(Members members, ReadSyncOverview overview, ReadSyncRuns runs, ConfigureSyncSite configure,
            RequestSyncRun requestRun) {
        this.members = members;
        this.overview = overview;
        this.runs = runs;
        this.configure = configure;
        this.requestRun = requestRun;
    }

    record MemberSync(Members.Member member, List<SyncSite> sites, List<SyncSchedule> schedules, List<SyncRun> runs,
            long draftQuestions) {

        public String siteName(UUID siteId) {
            return sites.stream().filter(s -> s.id().equals(siteId)).map(SyncSite::name).findFirst().orElse("?");
        }

        public String oaiLines(SyncSite site) {
            return String.join("\n", site.oaiSources().stream().map(OaiSourceConfig::toLine).toList());
        }
    }

    @GetMapping
    String overview(Model model) {
        List<MemberSync> view = new ArrayList<>();
        for (Members.Member m : members.all()) {
            MemberSyncState state = overview.of(m.id(), RECENT_RUNS);
            view.add(new MemberSync(m, state.sites(), state.schedules(), state.recentRuns(), state.draftQuestions()));
        }
        model.addAttribute("members", view);
        model.addAttribute("jobs", SyncJobKind.values());
        return "admin/sync";
    }

    @PostMapping("/members/{memberId}/sites")
    String saveSite(@PathVariable UUID memberId, @RequestParam String name, @RequestParam String baseUrl,
            @RequestParam(required = false) String token, @RequestParam long scaleId,
            @RequestParam(name = "jobs", required = false) List<SyncJobKind> jobs,
            @RequestParam(required = false) String oaiSources, @RequestParam(required = false) String keywordRules) {
        member(memberId);
        Set<SyncJobKind> enabled = jobs == null || jobs.isEmpty() ? EnumSet.noneOf(SyncJobKind.class) : EnumSet.copyOf(jobs);
        configure.saveSite(memberId, new ConfigureSyncSite.SiteForm(name, baseUrl, token, scaleId, enabled, oaiSources,
                keywordRules));
        return "redirect:/admin/sync#member-" + memberId;
    }

    @PostMapping("/members/{memberId}/sites/{siteId}/schedules")
    String schedule(@PathVariable UUID memberId, @PathVariable UUID siteId, @RequestParam SyncJobKind job,
            @RequestParam(required = false, defaultValue = "") String target, @RequestParam String cadence,
            @RequestParam(required = false, defaultValue = "false") boolean dryRun) {
        member(memberId);
        configure.schedule(memberId, siteId, job, target, cadence, dryRun);
        return "redirect:/admin/sync#member-" + memberId;
    }

    @PostMapping("/members/{memberId}/schedules/{scheduleId}/runs")
    String run(@PathVariable UUID memberId, @PathVariable UUID scheduleId,
            @RequestParam(required = false, defaultValue = "false") boolean dryRun, Principal principal) {
        member(memberId);
        UUID runId = requestRun.request(memberId, scheduleId, dryRun, principal.getName());
        return "redirect:/admin/sync/members/" + memberId + "/runs/" + runId;
    }

    @PostMapping("/members/{memberId}/schedules/{scheduleId}/delete")
    String deleteSchedule(@PathVariable UUID memberId, @PathVariable UUID scheduleId) {
        member(memberId);
        configure.removeSchedule(memberId, scheduleId);
        return "redirect:/admin/sync#member-" + memberId;
    }

    @GetMapping("/members/{memberId}/runs/{runId}")
    String runPage(@PathVariable UUID memberId, @PathVariable UUID runId, Model model) {
        Members.Member member = member(memberId);
        SyncRun run = runs.find(memberId, runId).orElseThrow(SyncAdminController::notFound);
        model.addAttribute("member", member);
        model.addAttribute("run", run);
        return "admin/sync-run";
    }

    @GetMapping("/members/{memberId}/runs/{runId}/attachment")
    ResponseEntity<byte[]> attachment(@PathVariable UUID memberId, @PathVariable UUID runId) {
        member(memberId);
        byte[] csv = runs.attachment(memberId, runId).orElseThrow(SyncAdminController::notFound);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("referentiel-tool_lpimportcsv.csv").build().toString())
                .body(csv);
    }

    private Members.Member member(UUID memberId) {
        return members.findById(memberId).orElseThrow(SyncAdminController::notFound);
    }

    private static PlumeProblemException notFound() {
        return new PlumeProblemException("PLUME-NOT-FOUND", 404);
    }
}

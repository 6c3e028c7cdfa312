package fr.plume.tool.sync.web;

import fr.plume.tool.identity.api.Members;
import fr.plume.tool.sync.application.ReadSyncRuns;
import fr.plume.tool.sync.application.RequestSyncRun;
import fr.plume.tool.sync.domain.SyncRun;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Sync runs and their reports as JSON, for consortium administrators' scripts. */
@RestController
@RequestMapping("/api/v1/admin/sync")
class SyncApiController {

    private final Members members;
    private final ReadSyncRuns runs;
    private final RequestSyncRun requestRun;

    SyncApiController(Members members, ReadSyncRuns runs, RequestSyncRun requestRun) {
        this.members = members;
        this.runs = runs;
        this.requestRun = requestRun;
    }

    /** The latest runs, newest first; {@code member} (a member code) narrows them to one member. */
    @GetMapping("/runs")
    ResponseEntity<List<SyncRun>> runs(@RequestParam(required = false) String member,
            @RequestParam(defaultValue = "50") int limit) {
        int bounded = Math.max(1, Math.min(limit, 500));
        if (member == null || member.isBlank()) {
            return ResponseEntity.ok(runs.recent(bounded));
        }
        return members.findByCode(member)
                .map(m -> ResponseEntity.ok(runs.recent(m.id(), bounded)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/members/{memberId}/runs/{runId}")
    ResponseEntity<SyncRun> run(@PathVariable UUID memberId, @PathVariable UUID runId) {
        return runs.find(memberId, runId).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** Queues a run of a schedule's job ("run now", or a dry run); answers 202 with the run's address. */
    @PostMapping("/members/{memberId}/schedules/{scheduleId}/runs")
    ResponseEntity<Void> request(@PathVariable UUID memberId, @PathVariable UUID scheduleId,
            @RequestParam(defaultValue = "false") boolean dryRun, Principal principal) {
        UUID runId = requestRun.request(memberId, scheduleId, dryRun, principal.getName());
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/admin/sync/members/" + memberId + "/runs/" + runId)).build();
    }
}

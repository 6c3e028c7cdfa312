package fr.plume.tool.sync.application;

import fr.plume.tool.sync.domain.DraftQuestions;
import fr.plume.tool.sync.domain.SyncRun;
import fr.plume.tool.sync.domain.SyncRuns;
import fr.plume.tool.sync.domain.SyncSchedule;
import fr.plume.tool.sync.domain.SyncSchedules;
import fr.plume.tool.sync.domain.SyncSite;
import fr.plume.tool.sync.domain.SyncSites;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** What the consortium admin's sync page shows of one member: sites, schedules, latest runs, questions to review. */
@Service
public class ReadSyncOverview {

    private final SyncSites sites;
    private final SyncSchedules schedules;
    private final SyncRuns runs;
    private final DraftQuestions drafts;

    ReadSyncOverview(SyncSites sites, SyncSchedules schedules, SyncRuns runs, DraftQuestions drafts) {
        this.sites = sites;
        this.schedules = schedules;
        this.runs = runs;
        this.drafts = drafts;
    }

    /** Tokens are not part of it: no page ever shows one. */
    public record MemberSyncState(List<SyncSite> sites, List<SyncSchedule> schedules, List<SyncRun> recentRuns,
            long draftQuestions) {
    }

    public MemberSyncState of(UUID memberId, int recentRuns) {
        return new MemberSyncState(sites.ofMember(memberId), schedules.ofMember(memberId),
                runs.recent(memberId, recentRuns), drafts.pendingReview(memberId));
    }
}

package fr.plume.tool.sync.application;

import static fr.plume.tool.sync.domain.DraftToItemTest.draft;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.sync.format.QuestionType;
import fr.plume.tool.support.MovableClock;
import fr.plume.tool.sync.application.ReadSyncOverview.MemberSyncState;
import fr.plume.tool.sync.domain.SyncJobKind;
import fr.plume.tool.sync.domain.SyncSite;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReadSyncOverviewTest {

    private static final UUID MEMBER = UUID.randomUUID();
    private static final UUID OTHER = UUID.randomUUID();

    private final MovableClock clock = MovableClock.stopped();
    private final SyncPorts.MemorySites sites = new SyncPorts.MemorySites();
    private final SyncPorts.MemorySchedules schedules = new SyncPorts.MemorySchedules();
    private final SyncPorts.MemoryRuns runs = new SyncPorts.MemoryRuns();
    private final SyncPorts.MemoryDrafts drafts = new SyncPorts.MemoryDrafts();
    private final ReadSyncOverview overview = new ReadSyncOverview(sites, schedules, runs, drafts);

    @Test
    void showsOneMembersSitesSchedulesLatestRunsAndQuestionsToReviewOnly() {
        UUID site = sites.save(MEMBER, "moodle", "https://m.example.org", "t", 4, Set.of(SyncJobKind.FRAMEWORK_PUSH),
                List.of(), List.of());
        sites.save(OTHER, "autre", "https://o.example.org", "t", 4, Set.of(), List.of(), List.of());
        schedules.save(MEMBER, site, SyncJobKind.FRAMEWORK_PUSH, "", null, Duration.ofDays(1), false, clock.instant());
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(1));
            runs.queue(MEMBER, site, null, SyncJobKind.FRAMEWORK_PUSH, "", false, "admin", clock.instant());
        }
        runs.queue(OTHER, UUID.randomUUID(), null, SyncJobKind.FRAMEWORK_PUSH, "", false, "admin", clock.instant());
        drafts.add(MEMBER, "moodle:a", draft("q", QuestionType.ESSAY, "Rédigez.", List.of(), List.of(), List.of()));

        MemberSyncState state = overview.of(MEMBER, 2);

        assertThat(state.sites()).extracting(SyncSite::name).containsExactly("moodle");
        assertThat(state.schedules()).hasSize(1);
        assertThat(state.recentRuns()).hasSize(2).allSatisfy(r -> assertThat(r.memberId()).isEqualTo(MEMBER));
        assertThat(state.draftQuestions()).isEqualTo(1);
    }
}

package fr.plume.tool.sync;

import static fr.plume.tool.sync.domain.DraftToItemTest.draft;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.framework.content.Item;
import fr.plume.sync.catalogue.CatalogueEntry;
import fr.plume.sync.catalogue.HarvestedResource;
import fr.plume.sync.format.Choice;
import fr.plume.sync.format.QuestionType;
import fr.plume.tool.assessment.api.CompetencyResults;
import fr.plume.tool.catalogue.api.OpenResourceStore;
import fr.plume.tool.framework.api.Frameworks;
import fr.plume.tool.identity.api.Members;
import fr.plume.tool.itembank.api.DraftIntake;
import fr.plume.tool.lti.api.CurrentLaunch;
import fr.plume.tool.lti.api.LaunchContext;
import fr.plume.tool.lti.api.LaunchDirectory;
import fr.plume.tool.support.FixedFrameworks;
import fr.plume.tool.sync.application.ClaimDueSyncJobs;
import fr.plume.tool.sync.application.ConfigureSyncSite;
import fr.plume.tool.sync.application.ListPendingDrafts;
import fr.plume.tool.sync.application.ReadSyncOverview;
import fr.plume.tool.sync.application.ReadSyncRuns;
import fr.plume.tool.sync.application.RecordSyncRun;
import fr.plume.tool.sync.application.ReviewDraftQuestion;
import fr.plume.tool.sync.application.RunSyncJob;
import fr.plume.tool.sync.domain.ClaimedRun;
import fr.plume.tool.sync.domain.DraftQuestions;
import fr.plume.tool.sync.domain.RunStatus;
import fr.plume.tool.sync.domain.SyncJobKind;
import fr.plume.tool.sync.domain.SyncSchedule;
import fr.plume.tool.sync.domain.SyncSchedules;
import fr.plume.tool.sync.domain.SyncSites;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The sync module alone on the test PostgreSQL: its use cases over the real adapters, where the
 * SQL matters (tokens encrypted at rest, member isolation, the lease of a claimed schedule, one
 * decision per draft). Identity (members, sign-in, which the security filter chains need) is
 * included; the other modules it reads are replaced by small stand-ins.
 */
@ApplicationModuleTest(extraIncludes = "identity")
@ActiveProfiles("test")
class SyncModuleTest {

    private static final String TOKEN = SyncFixtures.TOKEN;

    @DynamicPropertySource
    static void noPolling(DynamicPropertyRegistry registry) {
        // The test claims by itself: the scheduler's own poll must not take the schedule first.
        registry.add("plume.sync.initial-delay", () -> "PT24H");
    }

    @TestConfiguration
    static class Neighbours {
        static final List<Item> BANK = new CopyOnWriteArrayList<>();

        @Bean
        LaunchDirectory launchDirectory() {
            return new LaunchDirectory() {
                @Override
                public Optional<PlatformContext> context(UUID memberId, UUID contextId) {
                    return Optional.empty();
                }

                @Override
                public Map<UUID, String> subjects(UUID memberId, String issuer, Collection<UUID> userIds) {
                    return Map.of();
                }
            };
        }

        @Bean
        CurrentLaunch currentLaunch() {
            return new CurrentLaunch() {
                @Override
                public Optional<LaunchContext> get() {
                    return Optional.empty();
                }

                @Override
                public LaunchContext require() {
                    throw new IllegalStateException("no launch in the sync module test");
                }
            };
        }

        @Bean
        CompetencyResults competencyResults() {
            return (memberId, contextId, modes) -> List.of();
        }

        @Bean
        Frameworks frameworks() {
            return FixedFrameworks.none();
        }

        @Bean
        OpenResourceStore openResources() {
            return new OpenResourceStore() {
                @Override
                public Optional<CatalogueEntry> findBySourceId(String sourceId) {
                    return Optional.empty();
                }

                @Override
                public void upsert(HarvestedResource resource) {
                }

                @Override
                public void withdraw(String sourceId, String reason) {
                }

                @Override
                public Set<String> activeSourceIds(String origin) {
                    return Set.of();
                }
            };
        }

        @Bean
        DraftIntake draftIntake() {
            return BANK::add;
        }
    }

    @Autowired ConfigureSyncSite configure;
    @Autowired ReadSyncOverview overview;
    @Autowired ClaimDueSyncJobs claim;
    @Autowired RecordSyncRun record;
    @Autowired ReadSyncRuns runs;
    @Autowired ListPendingDrafts pendingDrafts;
    @Autowired ReviewDraftQuestion review;
    @Autowired SyncSites sites;
    @Autowired SyncSchedules schedules;
    @Autowired DraftQuestions drafts;
    @Autowired JdbcClient jdbc;
    @Autowired Members members;

    /** A fresh member, apart from any other test's data. */
    private UUID member() {
        String code = "sync-" + UUID.randomUUID().toString().substring(0, 8);
        return members.ensure(code, "Université " + code).id();
    }

    private UUID site(UUID member) {
        return configure.saveSite(member, new ConfigureSyncSite.SiteForm("moodle", "https://moodle.example.org", TOKEN,
                4, Set.of(SyncJobKind.COURSE_HARVEST), "", ""));
    }

    @Test
    void aSitesTokenIsKeptEncryptedAndTheSiteIsReachedThroughItsMemberOnly() {
        UUID member = member();
        UUID site = site(member);

        byte[] stored = jdbc.sql("SELECT token_ciphertext FROM sync_site WHERE id = :id").param("id", site)
                .query(byte[].class).single();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(TOKEN);
        assertThat(Arrays.equals(stored, TOKEN.getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(sites.token(member, site)).isEqualTo(TOKEN);
        assertThat(overview.of(member, 10).sites()).extracting(s -> s.id()).containsExactly(site);
        assertThat(overview.of(member(), 10).sites()).isEmpty();
        assertThat(sites.find(member(), site)).isEmpty();
    }

    @Test
    void aDueScheduleIsClaimedOnceAndItsRecordedEndGivesItsNextRunTime() {
        UUID member = member();
        UUID site = site(member);
        Instant due = Instant.now().minusSeconds(1);
        UUID scheduleId = schedules.save(member, site, SyncJobKind.COURSE_HARVEST, "12", null, Duration.ofHours(6),
                false, due);

        List<ClaimedRun> claimed = claim.claim(50).stream()
                .filter(r -> scheduleId.equals(r.scheduleId())).toList();
        assertThat(claimed).hasSize(1);
        assertThat(claim.claim(50)).noneMatch(r -> scheduleId.equals(r.scheduleId()));

        record.failed(claimed.get(0), new RunSyncJob.NotRunnable("Moodle " + TOKEN + " injoignable"));

        var run = runs.find(member, claimed.get(0).runId()).orElseThrow();
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.error()).startsWith("Moodle").doesNotContain(TOKEN);
        SyncSchedule released = schedules.find(member, scheduleId).orElseThrow();
        assertThat(released.leaseOwner()).isNull();
        assertThat(released.nextRunAt()).isAfter(due.plus(Duration.ofHours(5)));
        assertThat(runs.recent(member(), 10)).isEmpty();
    }

    @Test
    void aHarvestedQuestionIsListedForReviewThenAcceptedIntoTheBankOnce() {
        UUID member = member();
        String origin = "moodle:accords-" + member;
        drafts.forMember(member).upsert(origin, draft(origin + "/q1", QuestionType.SINGLE_CHOICE, "Choisissez.",
                List.of(Choice.of("ont", 0), Choice.of("on", 1)), List.of(), List.of()));

        var listed = pendingDrafts.of(member, 200);
        assertThat(listed).singleElement().satisfies(d -> assertThat(d.refusal()).isNull());
        assertThat(pendingDrafts.of(member(), 200)).isEmpty();

        UUID itemId = review.accept(member, listed.get(0).pending().id(), "1.1", 3, "CC-BY-SA-4.0", "author");

        assertThat(Neighbours.BANK).extracting(Item::id).contains(itemId);
        assertThat(drafts.status(member, listed.get(0).pending().id())).contains("ACCEPTED");
        assertThat(pendingDrafts.of(member, 200)).isEmpty();
    }
}

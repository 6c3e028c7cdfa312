package fr.plume.tool.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import fr.plume.tool.PlumeApplication;
import fr.plume.tool.identity.api.Members;
import fr.plume.tool.sync.application.SyncScheduler;
import fr.plume.tool.sync.domain.OaiSourceConfig;
import fr.plume.tool.sync.domain.RunStatus;
import fr.plume.tool.sync.domain.SyncJobKind;
import fr.plume.tool.sync.domain.SyncRun;
import fr.plume.tool.sync.domain.SyncSettings;
import fr.plume.tool.sync.infra.JdbcSyncRuns;
import fr.plume.tool.sync.infra.JdbcSyncSchedules;
import fr.plume.tool.sync.infra.JdbcSyncSites;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two tool instances on one database (DESIGN §11): a due job runs exactly once, whichever node
 * claims it, and a job left behind by a node that died is taken over when its lease expires.
 */
class SchedulerOnTwoNodesTest {

    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;
    static WireMockServer oai;

    @BeforeAll
    static void start() {
        oai = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        oai.start();
        // a slow first page keeps the winner busy while the other node polls again and again
        SyncFixtures.oaiRepository(oai, "listrecords-dc-page2.xml", 1500);
        nodeA = new SpringApplicationBuilder(PlumeApplication.class).profiles("test").run("--server.port=0");
        nodeB = new SpringApplicationBuilder(PlumeApplication.class).profiles("test").run("--server.port=0");
    }

    @AfterAll
    static void stop() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
        oai.stop();
    }

    @Test
    void aDueJobRunsExactlyOnceWithTwoNodesPolling() throws Exception {
        assertThat(nodeA.getBean(SyncSettings.class).nodeId()).isNotEqualTo(nodeB.getBean(SyncSettings.class).nodeId());
        UUID[] ids = dueHarvest("two-nodes", Instant.now().minusSeconds(1));
        UUID memberId = ids[0];
        UUID scheduleId = ids[1];
        SyncScheduler a = nodeA.getBean(SyncScheduler.class);
        SyncScheduler b = nodeB.getBean(SyncScheduler.class);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> ticks = List.of(
                pool.submit(() -> { go.await(); return a.tick(); }),
                pool.submit(() -> { go.await(); return b.tick(); }),
                pool.submit(() -> { go.await(); return b.tick(); }),
                pool.submit(() -> { go.await(); return a.tick(); }));
        go.countDown();
        int executed = 0;
        for (Future<Integer> t : ticks) {
            executed += t.get();
        }
        pool.shutdown();
        // both nodes poll once more after the run: the schedule is no longer due
        executed += a.tick() + b.tick();

        JdbcSyncRuns runs = nodeA.getBean(JdbcSyncRuns.class);
        assertThat(runs.countForSchedule(scheduleId)).isEqualTo(1);
        assertThat(executed).isLessThanOrEqualTo(1);
        oai.verify(1, getRequestedFor(urlPathEqualTo("/oai")).withQueryParam("metadataPrefix", WireMock.equalTo("oai_dc"))
                .withQueryParam("set", WireMock.absent()));
        SyncRun run = runs.recent(memberId, 10).get(0);
        assertThat(run.status()).as(String.valueOf(run.error())).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.nodeId()).isIn(nodeA.getBean(SyncSettings.class).nodeId(), nodeB.getBean(SyncSettings.class).nodeId());
        assertThat(nodeB.getBean(JdbcSyncSchedules.class).find(memberId, scheduleId).orElseThrow().nextRunAt())
                .isAfter(Instant.now().plus(Duration.ofHours(5)));
    }

    @Test
    void aJobLeftByADeadNodeIsTakenOverWhenItsLeaseExpires() {
        oai.resetRequests();
        UUID[] ids = dueHarvest("dead-node", Instant.now().minusSeconds(60));
        JdbcClient jdbc = nodeA.getBean(JdbcClient.class);
        jdbc.sql("UPDATE sync_schedule SET lease_owner = 'dead-node/1', lease_until = :until WHERE id = :id")
                .param("until", java.sql.Timestamp.from(Instant.now().plusSeconds(3600))).param("id", ids[1]).update();

        nodeB.getBean(SyncScheduler.class).tick();
        assertThat(nodeA.getBean(JdbcSyncRuns.class).countForSchedule(ids[1])).isZero();

        jdbc.sql("UPDATE sync_schedule SET lease_until = :until WHERE id = :id")
                .param("until", java.sql.Timestamp.from(Instant.now().minusSeconds(1))).param("id", ids[1]).update();
        nodeB.getBean(SyncScheduler.class).tick();
        assertThat(nodeA.getBean(JdbcSyncRuns.class).countForSchedule(ids[1])).isEqualTo(1);
    }

    /** A member, a site with one OAI source and a harvest schedule due at {@code due}: [memberId, scheduleId]. */
    private static UUID[] dueHarvest(String name, Instant due) {
        Members.Member member = nodeA.getBean(Members.class).ensure(name + "-" + UUID.randomUUID().toString().substring(0, 6),
                "Université " + name);
        String source = "src-" + member.code();
        UUID siteId = nodeA.getBean(JdbcSyncSites.class).save(member.id(), "moodle", oai.baseUrl(), SyncFixtures.TOKEN, 4,
                Set.of(SyncJobKind.OAI_HARVEST), List.of(new OaiSourceConfig(source, oai.baseUrl() + "/oai", "oai_dc", "")),
                List.of());
        UUID scheduleId = nodeA.getBean(JdbcSyncSchedules.class).save(member.id(), siteId, SyncJobKind.OAI_HARVEST, source,
                null, Duration.ofHours(6), false, due);
        return new UUID[] {member.id(), scheduleId};
    }
}

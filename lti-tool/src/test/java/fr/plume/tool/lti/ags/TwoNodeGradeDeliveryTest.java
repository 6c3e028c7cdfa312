package fr.plume.tool.lti.ags;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import fr.plume.tool.PlumeApplication;
import fr.plume.tool.lti.api.GradeToQueue;
import fr.plume.tool.lti.ags.application.GradeMetrics;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two tool nodes on one database drain one outbox: every grade is delivered exactly once. */
class TwoNodeGradeDeliveryTest {

    private static final int GRADES = 120;
    static WireMockServer platform = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void start() {
        platform.start();
        nodeA = node();
        nodeB = node();
    }

    @AfterAll
    static void stop() {
        if (nodeA != null) {
            nodeA.close();
        }
        if (nodeB != null) {
            nodeB.close();
        }
        platform.stop();
    }

    /** Grades are queued on node A only: without idle back-off, node B competes for them at every tick. */
    private static ConfigurableApplicationContext node() {
        return new SpringApplicationBuilder(PlumeApplication.class).profiles("test").run("--server.port=0",
                "--plume.db.embedded.data-dir=target/test-pg-ags-nodes", "--plume.ags.poll-interval=PT0.2S",
                "--plume.ags.idle-poll-max=PT0.2S",
                "--plume.ags.batch-size=10", "--plume.ags.parallelism=4");
    }

    @Test
    void eachGradeIsDeliveredOnceWhateverNodeTakesIt() throws Exception {
        String base = "http://localhost:" + platform.port();
        platform.stubFor(post("/token").willReturn(okJson("{\"access_token\":\"t\",\"expires_in\":3600}")));
        platform.stubFor(post(urlPathEqualTo("/li/1/lineitem/scores")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(50)));
        AgsFixtures fx = new AgsFixtures(nodeA, base);
        var link = fx.link("two-nodes", "diagnostic", URI.create(base + "/li"), URI.create(base + "/li/1/lineitem"),
                AgsFixtures.ALL_SCOPES, null);
        List<GradeToQueue> grades = new ArrayList<>();
        for (int i = 0; i < GRADES; i++) {
            grades.add(fx.complete(fx.user("node-user-" + i), link, i % 100, Instant.now()));
        }

        JdbcClient db = nodeA.getBean(JdbcClient.class);
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(
                db.sql("SELECT count(*) FROM lti_grade_outbox WHERE member_id = ? AND status = 'DELIVERED'")
                        .param(fx.memberId).query(Long.class).single()).isEqualTo(GRADES));
        var requests = platform.findAll(postRequestedFor(urlPathEqualTo("/li/1/lineitem/scores")));
        assertThat(requests).hasSize(GRADES);
        Pattern user = Pattern.compile("\"userId\":\"([^\"]+)\"");
        assertThat(requests.stream().map(r -> {
            Matcher m = user.matcher(r.getBodyAsString());
            return m.find() ? m.group(1) : "?";
        }).distinct().count()).isEqualTo(GRADES);
        double byA = nodeA.getBean(GradeMetrics.class).count("delivered");
        double byB = nodeB.getBean(GradeMetrics.class).count("delivered");
        assertThat(byA + byB).isEqualTo(GRADES);
        assertThat(byA).as("node A delivered some").isPositive();
        assertThat(byB).as("node B delivered some").isPositive();
    }
}

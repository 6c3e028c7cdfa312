package fr.plume.tool.lti.nrps;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import fr.plume.tool.lti.ags.AgsFixtures;
import fr.plume.tool.lti.ags.AgsIntegrationTest;
import fr.plume.tool.lti.ags.domain.AgsScopes;
import fr.plume.tool.lti.api.ClassRoster;
import fr.plume.tool.lti.api.LtiRole;
import fr.plume.tool.lti.api.Roster;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@AgsIntegrationTest
class ClassRosterTest {

    @RegisterExtension
    static final WireMockExtension platform = WireMockExtension.newInstance()
            .options(WireMockConfiguration.options().dynamicPort()).build();

    @Autowired
    ApplicationContext context;
    @Autowired
    ClassRoster roster;

    AgsFixtures fx;
    String base;

    @BeforeEach
    void platform() throws Exception {
        base = "http://localhost:" + platform.getPort();
        fx = new AgsFixtures(context, base);
        platform.stubFor(post("/token").willReturn(okJson("{\"access_token\":\"nrps-token\",\"expires_in\":3600}")));
        String page1 = fixture("memberships-page1.json");
        String page2 = fixture("memberships-page2.json");
        platform.stubFor(get(urlPathEqualTo("/nrps/memberships")).atPriority(10)
                .willReturn(okJson(page1).withHeader("Link", "<" + base
                        + "/nrps/memberships?limit=2&amp;from=2>; rel=" + moodleQuoted("next") + "")));
        platform.stubFor(get(urlPathEqualTo("/nrps/memberships")).withQueryParam("from", equalTo("2")).atPriority(1)
                .willReturn(okJson(page2)));
    }

    private static String fixture(String name) throws Exception {
        try (var in = ClassRosterTest.class.getResourceAsStream("/lti/nrps/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsEveryPageWithShortRoleNamesAndCachesTheRoster() {
        UUID launched = fx.user("sub-alice");
        fx.link("nrps-link", "diagnostic", null, null, List.of(), URI.create(base + "/nrps/memberships"));

        Roster first = roster.members(fx.contextId, fx.memberId, false);

        assertThat(first.available()).isTrue();
        assertThat(first.problem()).isNull();
        assertThat(first.members()).extracting(Roster.Member::subject)
                .containsExactlyInAnyOrder("sub-alice", "sub-bob", "sub-teacher");
        assertThat(first.learners()).extracting(Roster.Member::subject).containsExactlyInAnyOrder("sub-alice", "sub-bob");
        Roster.Member alice = first.members().stream().filter(m -> m.subject().equals("sub-alice")).findFirst().orElseThrow();
        assertThat(alice.userId()).isEqualTo(launched);
        assertThat(alice.status()).isEqualTo("Active");
        assertThat(first.members().stream().filter(m -> m.subject().equals("sub-teacher")).findFirst().orElseThrow()
                .roles()).containsExactly(LtiRole.INSTRUCTOR);
        platform.verify(getRequestedFor(urlPathEqualTo("/nrps/memberships"))
                .withHeader("Accept", equalTo("application/vnd.ims.lti-nrps.v2.membershipcontainer+json"))
                .withHeader("Authorization", equalTo("Bearer nrps-token")));
        assertThat(platform.findAll(postRequestedFor(urlPathEqualTo("/token"))).get(0).getBodyAsString())
                .contains(java.net.URLEncoder.encode(AgsScopes.NRPS, StandardCharsets.UTF_8));

        // From the cache: the platform is not asked again.
        int calls = platform.findAll(getRequestedFor(urlPathEqualTo("/nrps/memberships"))).size();
        assertThat(roster.members(fx.contextId, fx.memberId, false).members()).hasSize(3);
        assertThat(platform.findAll(getRequestedFor(urlPathEqualTo("/nrps/memberships")))).hasSize(calls);

        // Refresh on demand; a failing platform keeps the cached roster and says so.
        platform.stubFor(get(urlPathEqualTo("/nrps/memberships")).atPriority(0).willReturn(aResponse().withStatus(503)));
        Roster stale = roster.members(fx.contextId, fx.memberId, true);
        assertThat(stale.problem()).isEqualTo("NRPS-UNAVAILABLE");
        assertThat(stale.members()).hasSize(3);

        // Another member never sees this roster.
        AgsFixtures other = new AgsFixtures(context, base);
        assertThat(roster.members(fx.contextId, other.memberId, false).members()).isEmpty();
    }

    @Test
    void aContextWithoutNrpsHasNoRoster() {
        Roster none = roster.members(fx.contextId, fx.memberId, true);
        assertThat(none.available()).isFalse();
        assertThat(none.problem()).isEqualTo("NRPS-NOT-OFFERED");
    }

    /** Moodle's “rel” as it arrives on the wire: UTF-8 bytes of typographic quotes, read as ISO-8859-1. */
    private static String moodleQuoted(String rel) {
        return new String(("\u201C" + rel + "\u201D").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}

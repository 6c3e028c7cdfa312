package fr.plume.tool.lti.nrps.application;

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
import fr.plume.tool.lti.ags.domain.AgsScopes;
import fr.plume.tool.lti.ags.domain.AgsSettings;
import fr.plume.tool.lti.api.LtiRole;
import fr.plume.tool.lti.api.NewRegistration;
import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.lti.api.Roster;
import fr.plume.tool.lti.infra.LtiAdapters;
import fr.plume.tool.lti.nrps.domain.NrpsEndpoints.NrpsLink;
import fr.plume.tool.lti.nrps.infra.NrpsAdapters;
import fr.plume.tool.lti.support.InMemoryNrpsEndpoints;
import fr.plume.tool.lti.support.InMemoryRegistrations;
import fr.plume.tool.lti.support.InMemoryRosters;
import fr.plume.tool.lti.support.RsaToolSigner;
import fr.plume.tool.support.MovableClock;
import fr.plume.tool.support.NoTransactions;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A course's roster: read from the platform (NRPS 2.0, every page, real HTTP to WireMock) when
 * absent or on demand, then served from the cache; failures keep the cached roster and say so.
 */
class ClassRosterServiceTest {

    private static final String MEMBERSHIPS = "/nrps/memberships";
    @RegisterExtension
    static final WireMockExtension platform = WireMockExtension.newInstance()
            .options(WireMockConfiguration.options().dynamicPort()).build();

    private final MovableClock clock = MovableClock.stopped();
    private final InMemoryNrpsEndpoints endpoints = new InMemoryNrpsEndpoints();
    private final InMemoryRosters rosters = new InMemoryRosters();
    private final InMemoryRegistrations registrations = new InMemoryRegistrations();
    private final ClassRosterService roster = new ClassRosterService(endpoints, rosters, registrations,
            NrpsAdapters.membershipsClient(LtiAdapters.platformServiceClient(new RsaToolSigner(), clock,
                    new AgsSettings(null, null, null, null, null, null, Duration.ofSeconds(5), null, null, null, null))),
            clock, NoTransactions.template());
    private final UUID memberId = UUID.randomUUID();
    private final UUID contextId = UUID.randomUUID();
    private RegistrationView registration;

    @BeforeEach
    void platform() throws IOException {
        String base = platform.baseUrl();
        platform.stubFor(post("/token").willReturn(okJson("{\"access_token\":\"nrps-token\",\"expires_in\":3600}")));
        platform.stubFor(get(urlPathEqualTo(MEMBERSHIPS)).atPriority(10).willReturn(okJson(fixture("memberships-page1.json"))
                .withHeader("Link", "<" + base + MEMBERSHIPS + "?limit=2&from=2>; rel=\"next\"")));
        platform.stubFor(get(urlPathEqualTo(MEMBERSHIPS)).withQueryParam("from", equalTo("2")).atPriority(1)
                .willReturn(okJson(fixture("memberships-page2.json"))));
        registration = registrations.registerActive(new NewRegistration(memberId, "Moodle", "https://moodle.example",
                "client-1", URI.create(base + "/auth"), URI.create(base + "/token"), URI.create(base + "/jwks"),
                List.of("1")));
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = ClassRosterServiceTest.class.getResourceAsStream("/lti/nrps/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void offered(UUID registrationId) {
        endpoints.announce(new NrpsLink(contextId, memberId, registrationId, platform.baseUrl() + MEMBERSHIPS));
    }

    private int membershipCalls() {
        return platform.findAll(getRequestedFor(urlPathEqualTo(MEMBERSHIPS))).size();
    }

    @Test
    void readsEveryPageOnceThenServesTheCachedRoster() {
        offered(registration.id());
        UUID alice = UUID.randomUUID();
        rosters.launched(memberId, "sub-alice", alice);

        Roster first = roster.members(contextId, memberId, false);

        assertThat(first.available()).isTrue();
        assertThat(first.problem()).isNull();
        assertThat(first.fetchedAt()).isEqualTo(clock.instant());
        assertThat(first.members()).extracting(Roster.Member::subject)
                .containsExactlyInAnyOrder("sub-alice", "sub-bob", "sub-teacher");
        assertThat(first.learners()).extracting(Roster.Member::subject).containsExactlyInAnyOrder("sub-alice", "sub-bob");
        assertThat(first.members()).filteredOn(m -> m.subject().equals("sub-alice")).singleElement()
                .satisfies(m -> assertThat(m.userId()).isEqualTo(alice));
        assertThat(first.members()).filteredOn(m -> m.subject().equals("sub-teacher")).singleElement()
                .satisfies(m -> assertThat(m.roles()).containsExactly(LtiRole.INSTRUCTOR));
        assertThat(membershipCalls()).isEqualTo(2);
        platform.verify(getRequestedFor(urlPathEqualTo(MEMBERSHIPS))
                .withHeader("Accept", equalTo("application/vnd.ims.lti-nrps.v2.membershipcontainer+json"))
                .withHeader("Authorization", equalTo("Bearer nrps-token")));
        assertThat(platform.findAll(postRequestedFor(urlPathEqualTo("/token"))).get(0).getBodyAsString())
                .contains(URLEncoder.encode(AgsScopes.NRPS, StandardCharsets.UTF_8));

        clock.advance(Duration.ofHours(1));
        Roster cached = roster.members(contextId, memberId, false);
        assertThat(cached.members()).hasSize(3);
        assertThat(cached.fetchedAt()).isEqualTo(first.fetchedAt());
        assertThat(membershipCalls()).as("the platform is not asked again").isEqualTo(2);
    }

    @Test
    void theCachedRosterNeverAsksThePlatform() {
        offered(registration.id());

        Roster none = roster.cached(contextId, memberId);
        assertThat(none.available()).isFalse();
        assertThat(none.fetchedAt()).isNull();
        assertThat(membershipCalls()).isZero();

        Roster fetched = roster.members(contextId, memberId, false);
        int calls = membershipCalls();
        clock.advance(Duration.ofDays(1));
        Roster cached = roster.cached(contextId, memberId);
        assertThat(cached.available()).isTrue();
        assertThat(cached.fetchedAt()).isEqualTo(fetched.fetchedAt());
        assertThat(cached.members()).hasSize(3);
        assertThat(membershipCalls()).isEqualTo(calls);
    }

    @Test
    void aRefreshThatFailsKeepsTheCachedRosterAndSaysSo() {
        offered(registration.id());
        Roster first = roster.members(contextId, memberId, false);
        platform.stubFor(get(urlPathEqualTo(MEMBERSHIPS)).atPriority(0).willReturn(aResponse().withStatus(503)));
        clock.advance(Duration.ofMinutes(5));

        Roster stale = roster.members(contextId, memberId, true);

        assertThat(stale.problem()).isEqualTo("NRPS-UNAVAILABLE");
        assertThat(stale.available()).isTrue();
        assertThat(stale.fetchedAt()).isEqualTo(first.fetchedAt());
        assertThat(stale.members()).hasSize(3);
    }

    @Test
    void aFirstFetchThatFailsLeavesNoRoster() {
        offered(registration.id());
        platform.stubFor(get(urlPathEqualTo(MEMBERSHIPS)).atPriority(0).willReturn(aResponse().withStatus(500)));

        Roster none = roster.members(contextId, memberId, false);

        assertThat(none.available()).isFalse();
        assertThat(none.problem()).isEqualTo("NRPS-UNAVAILABLE");
        assertThat(none.members()).isEmpty();
    }

    @Test
    void aContextWithoutNrpsHasNoRosterAndAKeptRosterSaysItIsNoLongerOffered() {
        Roster none = roster.members(contextId, memberId, true);
        assertThat(none.available()).isFalse();
        assertThat(none.problem()).isEqualTo("NRPS-NOT-OFFERED");

        rosters.replace(memberId, contextId, List.of(), clock.instant());
        Roster kept = roster.members(contextId, memberId, true);
        assertThat(kept.available()).isTrue();
        assertThat(kept.problem()).isEqualTo("NRPS-NOT-OFFERED");
        assertThat(platform.getAllServeEvents()).isEmpty();
    }

    @Test
    void anEndpointOfAnotherMembersRegistrationIsNeverCalled() {
        RegistrationView foreign = registrations.registerActive(new NewRegistration(UUID.randomUUID(), "Other",
                "https://other.example", "client-x", URI.create(platform.baseUrl() + "/auth"),
                URI.create(platform.baseUrl() + "/token"), URI.create(platform.baseUrl() + "/jwks"), List.of()));
        offered(foreign.id());

        Roster none = roster.members(contextId, memberId, false);

        assertThat(none.problem()).isEqualTo("NRPS-PLATFORM-UNKNOWN");
        assertThat(none.available()).isFalse();
        assertThat(platform.getAllServeEvents()).isEmpty();
    }

    @Test
    void anotherMemberNeverSeesTheRoster() {
        offered(registration.id());
        roster.members(contextId, memberId, false);

        Roster other = roster.members(contextId, UUID.randomUUID(), false);

        assertThat(other.members()).isEmpty();
        assertThat(other.problem()).isEqualTo("NRPS-NOT-OFFERED");
    }
}

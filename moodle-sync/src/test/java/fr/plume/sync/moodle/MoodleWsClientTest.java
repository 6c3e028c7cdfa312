package fr.plume.sync.moodle;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import fr.plume.sync.MoodleStubs;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MoodleWsClientTest {

    WireMockServer server;
    MoodleStubs moodle;
    List<Duration> sleeps = new ArrayList<>();

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        moodle = new MoodleStubs(server);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void sendsTokenFunctionAndJsonFormatInTheFormBody() {
        moodle.replyFixture(WsFunctions.GET_SITE_INFO, "site_info_full.json");
        SiteInfo info = new MoodleCompetencyApi(moodle.client()).siteInfo();

        assertThat(info.release()).startsWith("4.4.2");
        assertThat(info.version()).isEqualTo(2024042202L);
        assertThat(info.functions()).contains(WsFunctions.GRADE_COMPETENCY_IN_COURSE);
        var call = moodle.calls(WsFunctions.GET_SITE_INFO).get(0);
        assertThat(call).containsEntry("wstoken", MoodleStubs.TOKEN).containsEntry("moodlewsrestformat", "json");
    }

    @Test
    void http200ExceptionBodyBecomesTypedErrorWithoutRetryAndWithoutToken() {
        moodle.replyFixture(WsFunctions.GET_SITE_INFO, "error_invalidtoken.json");
        MoodleWsClient client = moodle.client(sleeps::add);

        assertThatThrownBy(() -> client.read(WsFunctions.GET_SITE_INFO, WsParams.of()))
                .isInstanceOfSatisfying(MoodleWsException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("invalidtoken");
                    assertThat(e.isTokenProblem()).isTrue();
                    assertThat(e.getMessage()).doesNotContain(MoodleStubs.TOKEN);
                });
        assertThat(moodle.count(WsFunctions.GET_SITE_INFO)).isEqualTo(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void debugInfoIsKept() {
        moodle.replyFixture(WsFunctions.CREATE_COMPETENCY, "error_invalidparameter.json");
        assertThatThrownBy(() -> moodle.client().write(WsFunctions.CREATE_COMPETENCY, WsParams.of()))
                .isInstanceOfSatisfying(MoodleWsException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("invalidparameter");
                    assertThat(e.debugInfo()).contains("shortname");
                });
    }

    @Test
    void warningsAreReturnedAndHandedToListeners() throws Exception {
        moodle.replyFixture(WsFunctions.ADD_COMPETENCY_TO_COURSE, "warnings_sample.json");
        MoodleWsClient client = moodle.client();
        List<MoodleWarning> seen = new ArrayList<>();
        WsResponse response;
        try (AutoCloseable ignored = client.onWarning(seen::add)) {
            response = client.write(WsFunctions.ADD_COMPETENCY_TO_COURSE, WsParams.of());
        }
        client.write(WsFunctions.ADD_COMPETENCY_TO_COURSE, WsParams.of());

        assertThat(response.warnings()).singleElement().satisfies(w -> {
            assertThat(w.warningCode()).isEqualTo("competencynotincourse");
            assertThat(w.itemId()).isEqualTo("12");
        });
        assertThat(seen).hasSize(1);
    }

    @Test
    void networkFailureOnAReadIsRetriedThenSucceeds() {
        server.stubFor(post(urlEqualTo(MoodleStubs.ENDPOINT)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("ok"));
        server.stubFor(post(urlEqualTo(MoodleStubs.ENDPOINT)).inScenario("flaky").whenScenarioStateIs("ok")
                .willReturn(aResponse().withBody(MoodleStubs.fixture("site_info_full.json"))));

        SiteInfo info = new MoodleCompetencyApi(moodle.client(sleeps::add)).siteInfo();

        assertThat(info.siteName()).isEqualTo("Université Exemple");
        assertThat(sleeps).hasSize(1);
    }

    @Test
    void lostReplyToAWriteIsNotRetriedBecauseTheWriteMayHaveHappened() {
        server.stubFor(post(urlEqualTo(MoodleStubs.ENDPOINT)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        MoodleWsClient client = moodle.client(sleeps::add);

        assertThatThrownBy(() -> client.write(WsFunctions.GRADE_COMPETENCY_IN_COURSE, WsParams.of()))
                .isInstanceOf(MoodleTransportException.class).hasMessageNotContaining(MoodleStubs.TOKEN);
        assertThat(server.getAllServeEvents()).hasSize(1);
    }

    @Test
    void requestTimeoutIsNotRetriedEvenForAReadBecauseMoodleMayStillBeWorkingOnIt() {
        TimingOutHttpClient http = new TimingOutHttpClient();
        MoodleWsClient client = new MoodleWsClient(moodle.site(), http, Clock.systemUTC(), sleeps::add);

        assertThatThrownBy(() -> client.read(WsFunctions.LIST_COMPETENCIES, WsParams.of()))
                .isInstanceOf(MoodleTransportException.class).hasMessageContaining("timeoutSeconds")
                .hasMessageNotContaining(MoodleStubs.TOKEN);
        assertThat(http.sent).isEqualTo(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void unreachableSiteIsRetriedABoundedNumberOfTimes() {
        // a refused connection is immediate: the timeout only has to be long enough never to be the cause
        MoodleSite dead = new MoodleSite("mort", URI.create("http://127.0.0.1:1"), "tok", Duration.ofMinutes(5),
                Duration.ZERO, 2);
        MoodleWsClient client = new MoodleWsClient(dead, HttpClient.newHttpClient(), Clock.systemUTC(), sleeps::add);

        assertThatThrownBy(() -> client.write(WsFunctions.CREATE_COMPETENCY, WsParams.of()))
                .isInstanceOf(MoodleTransportException.class).hasMessageContaining("injoignable");
        assertThat(sleeps).hasSize(2);
    }

    @Test
    void nonJsonReplyIsATransportError() {
        server.stubFor(post(urlEqualTo(MoodleStubs.ENDPOINT)).willReturn(aResponse().withBody("<html>Maintenance</html>")));
        assertThatThrownBy(() -> moodle.client().read(WsFunctions.GET_SITE_INFO, WsParams.of()))
                .isInstanceOf(MoodleTransportException.class).hasMessageContaining("illisible");
    }

    @Test
    void rateLimiterSpacesRequestsToOneSite() throws Exception {
        Instant t0 = Instant.parse("2024-06-01T10:00:00Z");
        Clock fixed = Clock.fixed(t0, ZoneOffset.UTC);
        RateLimiter limiter = new RateLimiter(Duration.ofMillis(250), fixed, sleeps::add);
        limiter.acquire();
        limiter.acquire();
        limiter.acquire();
        assertThat(sleeps).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500));
    }

    @Test
    void siteToStringHidesTheToken() {
        assertThat(moodle.site().toString()).doesNotContain(MoodleStubs.TOKEN).contains("***");
    }

    /** An HTTP client whose every request times out, as a site too slow for its timeout does. */
    static final class TimingOutHttpClient extends HttpClient {
        int sent;

        @Override
        public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
                throws HttpTimeoutException {
            sent++;
            throw new HttpTimeoutException("request timed out");
        }

        @Override
        public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                HttpResponse.PushPromiseHandler<T> push) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<CookieHandler> cookieHandler() {
            return Optional.empty();
        }

        @Override
        public Optional<Duration> connectTimeout() {
            return Optional.empty();
        }

        @Override
        public Redirect followRedirects() {
            return Redirect.NEVER;
        }

        @Override
        public Optional<ProxySelector> proxy() {
            return Optional.empty();
        }

        @Override
        public SSLContext sslContext() {
            return null;
        }

        @Override
        public SSLParameters sslParameters() {
            return null;
        }

        @Override
        public Optional<Authenticator> authenticator() {
            return Optional.empty();
        }

        @Override
        public Version version() {
            return Version.HTTP_1_1;
        }

        @Override
        public Optional<Executor> executor() {
            return Optional.empty();
        }
    }
}

package fr.plume.tool.dashboard;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import fr.plume.tool.identity.api.Members;
import fr.plume.tool.lti.LaunchFlow;
import fr.plume.tool.lti.TestPlatform;
import fr.plume.tool.lti.api.PlatformRegistrations;
import fr.plume.tool.support.Http;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A Moodle course of one member on a WireMock platform that answers NRPS: its teacher's launch
 * (with the NRPS claim, as Moodle sends it), its students' launches, and the tool's records of them.
 */
public final class ClassCourse implements AutoCloseable {

    public static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    public static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    public static final String MEMBERSHIPS = "/mod/lti/services.php/CourseSection/2/bindings/1/memberships";

    private final TestPlatform platform;
    private final LaunchFlow flow;
    private final JdbcClient jdbc;
    private final int port;
    public final String courseId;
    public final UUID memberId;

    public ClassCourse(int port, PlatformRegistrations registrations, Members members, JdbcClient jdbc,
            String memberCode, String courseId) {
        this.platform = TestPlatform.registeredFor(registrations, members, memberCode);
        this.flow = new LaunchFlow(new Http(port), platform);
        this.jdbc = jdbc;
        this.port = port;
        this.courseId = courseId;
        this.memberId = members.ensure(memberCode, "Université " + memberCode).id();
        platform.server().stubFor(post(TestPlatform.TOKEN_PATH)
                .willReturn(okJson("{\"access_token\":\"nrps-token\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
    }

    /** The platform's NRPS answers with this membership container (one page). */
    public ClassCourse roster(String containerJson) {
        platform.server().stubFor(get(urlPathEqualTo(MEMBERSHIPS)).willReturn(okJson(containerJson)
                .withHeader("Content-Type", "application/vnd.ims.lti-nrps.v2.membershipcontainer+json")));
        return this;
    }

    /** The platform's NRPS fails (e.g. a Moodle under maintenance). */
    public ClassCourse rosterFails(int status) {
        platform.server().stubFor(get(urlPathEqualTo(MEMBERSHIPS)).willReturn(aResponse().withStatus(status)));
        return this;
    }

    public int rosterRequests() {
        return platform.server().findAll(getRequestedFor(urlPathEqualTo(MEMBERSHIPS))).size();
    }

    /** A launch of {@code sub} with {@code role} from activity {@code link} of this course, with the NRPS claim. */
    public LaunchFlow.Launched launch(String sub, String role, String link, Map<String, String> person) {
        Map<String, Object> extra = new java.util.LinkedHashMap<>(person);
        extra.put("https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice", Map.of(
                "context_memberships_url", platform.server().baseUrl() + MEMBERSHIPS,
                "service_versions", List.of("1.0", "2.0")));
        return flow.launchResourceLink(sub, List.of(role), Map.of("id", courseId, "label", "FLE-" + courseId,
                "title", "Français écrit " + courseId), Map.of("id", link, "title", "Activité " + link), Map.of(), extra);
    }

    public LaunchFlow.Session session(LaunchFlow.Launched launched) {
        return flow.session(launched.cookie());
    }

    /** Plume's id of this course (from the teacher's landing page, /class/{id}). */
    public UUID contextId() {
        return jdbc.sql("SELECT id FROM lti_context WHERE member_id = :m AND issuer = :i AND platform_context_id = :c")
                .param("m", memberId).param("i", platform.issuer()).param("c", courseId).query(UUID.class).single();
    }

    public UUID userId(String sub) {
        return jdbc.sql("SELECT id FROM lti_user WHERE member_id = :m AND issuer = :i AND subject = :s")
                .param("m", memberId).param("i", platform.issuer()).param("s", sub).query(UUID.class).single();
    }

    public UUID linkId(String link) {
        return jdbc.sql("SELECT id FROM lti_resource_link WHERE member_id = :m AND issuer = :i AND platform_link_id = :l")
                .param("m", memberId).param("i", platform.issuer()).param("l", link).query(UUID.class).single();
    }

    /** A GET with the session cookie, the body as bytes (for exports). */
    public HttpResponse<byte[]> download(String cookie, String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Cookie", cookie).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        platform.close();
    }
}

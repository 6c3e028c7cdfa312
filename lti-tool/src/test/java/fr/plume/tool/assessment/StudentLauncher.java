package fr.plume.tool.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.identity.api.Members;
import fr.plume.tool.lti.LaunchFlow;
import fr.plume.tool.lti.TestPlatform;
import fr.plume.tool.lti.api.PlatformRegistrations;
import fr.plume.tool.support.BrowserSession;
import fr.plume.tool.support.Http;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Real LTI launches of students from a test platform of one member, and the tool session they open. */
public final class StudentLauncher implements AutoCloseable {


    private final TestPlatform platform;
    private final LaunchFlow flow;

    StudentLauncher(int port, PlatformRegistrations registrations, Members members, String memberCode) {
        this(port, registrations, members, memberCode, "https://moodle." + memberCode + "-"
                + UUID.randomUUID().toString().substring(0, 8) + ".test", "1");
    }

    /**
     * Launches through another registration (its own client id) of the platform {@code issuer}
     * with deployment {@code deploymentId}: e.g. a second deployment of the same Moodle site.
     */
    StudentLauncher(int port, PlatformRegistrations registrations, Members members, String memberCode, String issuer,
            String deploymentId) {
        this(new Http(port), registrations, members, memberCode, issuer, deploymentId);
    }

    private StudentLauncher(Http http, PlatformRegistrations registrations, Members members, String memberCode,
            String issuer, String deploymentId) {
        this.platform = new TestPlatform(issuer, "plume-" + UUID.randomUUID().toString().substring(0, 8), deploymentId);
        platform.register(registrations, members, memberCode);
        this.flow = new LaunchFlow(http, platform);
    }

    /**
     * Launches from a new platform of the member {@code memberCode} through {@code http}, e.g.
     * {@link Http#alternating} over several tool nodes; the caller closes it.
     */
    public static StudentLauncher over(Http http, PlatformRegistrations registrations, Members members,
            String memberCode) {
        return new StudentLauncher(http, registrations, members, memberCode, "https://moodle." + memberCode + "-"
                + UUID.randomUUID().toString().substring(0, 8) + ".test", "1");
    }

    public static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    public static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";

    public Session launch(String sub, String resourceLink, Map<String, String> custom) {
        return launch(sub, resourceLink, custom, LEARNER, "2");
    }

    /** A launch with one role from the platform's course {@code course} (its context id). */
    public Session launch(String sub, String resourceLink, Map<String, String> custom, String role, String course) {
        return launch(sub, resourceLink, custom, List.of(role), course, Map.of()).session();
    }

    /** A launch with these roles and further claims (e.g. the AGS endpoint), and where it landed. */
    public Landed launch(String sub, String resourceLink, Map<String, String> custom, List<String> roles, String course,
            Map<String, Object> extraClaims) {
        LaunchFlow.Launched launched = flow.launchResourceLink(sub, roles,
                Map.of("id", course, "label", "FLE10" + course, "title", "Français écrit"),
                Map.of("id", resourceLink, "title", "Activité " + resourceLink), custom, extraClaims);
        return new Landed(new Session(flow, launched.cookie()), launched.landing());
    }

    /** A launch's session and the path of the page it landed on. */
    public record Landed(Session session, String landing) {
    }

    /** The test platform (its WireMock server answers the platform's service calls). */
    public TestPlatform platform() {
        return platform;
    }

    @Override
    public void close() {
        platform.close();
    }

    /** A tool session (the PLUME_SESSION cookie of one launch). */
    public record Session(LaunchFlow flow, String cookie) {

        private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

        public HttpResponse<String> get(String path) {
            return flow.get(path, cookie);
        }

        public HttpResponse<String> post(String path, String pageWithForm, Map<String, List<String>> fields) {
            Map<String, List<String>> form = new LinkedHashMap<>(fields);
            form.put("_csrf", List.of(BrowserSession.csrfToken(pageWithForm)));
            return flow.post(path, cookie, form);
        }

        public static String token(String html) {
            Matcher m = TOKEN.matcher(html);
            assertThat(m.find()).as("item token in page").isTrue();
            return m.group(1);
        }

        public static String location(HttpResponse<String> response) {
            return response.headers().firstValue("Location").orElseThrow();
        }
    }
}

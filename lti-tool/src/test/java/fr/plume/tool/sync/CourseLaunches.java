package fr.plume.tool.sync;


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

/** Real LTI launches of teachers and students into numbered Moodle courses of one member's test platform. */
final class CourseLaunches implements AutoCloseable {

    static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";

    private final TestPlatform platform;
    private final LaunchFlow flow;

    CourseLaunches(int port, PlatformRegistrations registrations, Members members, String memberCode) {
        String suffix = memberCode + "-" + UUID.randomUUID().toString().substring(0, 8);
        this.platform = new TestPlatform("https://moodle." + suffix + ".test", "plume-" + suffix, "1");
        platform.register(registrations, members, memberCode);
        this.flow = new LaunchFlow(new Http(port), platform);
    }

    String issuer() {
        return platform.issuer();
    }

    /** Launches {@code sub} into Moodle course {@code courseId}; returns the tool session. */
    Session launch(String sub, String role, String courseId) {
        String cookie = flow.launchResourceLink(sub, role,
                Map.of("id", courseId, "label", "FLE" + courseId, "title", "Français écrit " + courseId),
                Map.of("id", "link-" + courseId, "title", "Plume"), Map.of("plume_kind", "DIAGNOSTIC"));
        return new Session(flow, cookie);
    }

    @Override
    public void close() {
        platform.close();
    }

    record Session(LaunchFlow flow, String cookie) {

        HttpResponse<String> get(String path) {
            return flow.get(path, cookie);
        }

        /** Posts the form fields with the CSRF token of {@code pageWithForm}. */
        HttpResponse<String> post(String path, String pageWithForm, Map<String, List<String>> fields) {
            Map<String, List<String>> form = new LinkedHashMap<>(fields);
            form.put("_csrf", List.of(BrowserSession.csrfToken(pageWithForm)));
            return flow.post(path, cookie, form);
        }
    }
}

package fr.plume.tool.sync;

import fr.plume.tool.identity.api.Members;
import fr.plume.tool.lti.LaunchFlow;
import fr.plume.tool.lti.TestPlatform;
import fr.plume.tool.lti.api.PlatformRegistrations;
import fr.plume.tool.support.Http;
import java.util.Map;

/**
 * The sync tests' numbered Moodle courses on the shared launch fixture ({@link LaunchFlow} over
 * a {@link TestPlatform} of one member): only the course naming is theirs.
 */
final class CourseLaunches implements AutoCloseable {

    static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";

    private final TestPlatform platform;
    private final LaunchFlow flow;

    CourseLaunches(int port, PlatformRegistrations registrations, Members members, String memberCode) {
        this.platform = TestPlatform.registeredFor(registrations, members, memberCode);
        this.flow = new LaunchFlow(new Http(port), platform);
    }

    String issuer() {
        return platform.issuer();
    }

    /** Launches {@code sub} into Moodle course {@code courseId}; returns the tool session. */
    LaunchFlow.Session launch(String sub, String role, String courseId) {
        return flow.session(flow.launchResourceLink(sub, role,
                Map.of("id", courseId, "label", "FLE" + courseId, "title", "Français écrit " + courseId),
                Map.of("id", "link-" + courseId, "title", "Plume"), Map.of("plume_kind", "DIAGNOSTIC")));
    }

    @Override
    public void close() {
        platform.close();
    }
}

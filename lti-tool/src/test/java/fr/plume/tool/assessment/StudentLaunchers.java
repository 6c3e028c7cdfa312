package fr.plume.tool.assessment;

import fr.plume.tool.identity.api.Members;
import fr.plume.tool.lti.api.PlatformRegistrations;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The {@link StudentLauncher}s of one test, from any member, on the tool of the test's Spring
 * context; their platforms are closed after the test. Register it as an instance
 * {@code @RegisterExtension} field of a {@code @PlumeIntegrationTest}.
 */
public final class StudentLaunchers implements BeforeEachCallback, AfterEachCallback {

    private final List<StudentLauncher> open = new ArrayList<>();
    private int port;
    private PlatformRegistrations registrations;
    private Members members;

    @Override
    public void beforeEach(ExtensionContext context) {
        ApplicationContext tool = SpringExtension.getApplicationContext(context);
        port = tool.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        registrations = tool.getBean(PlatformRegistrations.class);
        members = tool.getBean(Members.class);
    }

    /** Launches from a new platform of the member {@code memberCode}. */
    public StudentLauncher member(String memberCode) {
        return keep(new StudentLauncher(port, registrations, members, memberCode));
    }

    /** Launches from another registration of the platform {@code issuer}, with deployment {@code deploymentId}. */
    public StudentLauncher member(String memberCode, String issuer, String deploymentId) {
        return keep(new StudentLauncher(port, registrations, members, memberCode, issuer, deploymentId));
    }

    private StudentLauncher keep(StudentLauncher launcher) {
        open.add(launcher);
        return launcher;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        open.forEach(StudentLauncher::close);
        open.clear();
    }
}

package fr.plume.tool.dashboard.application;

import fr.plume.tool.identity.api.Members;
import fr.plume.tool.lti.api.CurrentLaunch;
import fr.plume.tool.lti.api.LaunchContext;
import fr.plume.tool.lti.api.LaunchDescriptions;
import fr.plume.tool.lti.api.LaunchDescriptions.LaunchDescription;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The class page of the current launch, for its course's teaching team only: with a course
 * ({@link #ofCourse}) or for a launch that came without one ({@link #withoutCourse}).
 */
@Service
public class ShowClassPage {

    /** What the class page shows of the launch; parts are null when the platform withheld them. */
    public record ClassPage(LaunchContext launch, LaunchDescription description, String memberName) {
    }

    private final CurrentLaunch currentLaunch;
    private final LaunchDescriptions descriptions;
    private final Members members;

    ShowClassPage(CurrentLaunch currentLaunch, LaunchDescriptions descriptions, Members members) {
        this.currentLaunch = currentLaunch;
        this.descriptions = descriptions;
        this.members = members;
    }

    public ClassPage withoutCourse() {
        LaunchContext launch = currentLaunch.require();
        if (!launch.teaches()) {
            throw new PlumeProblemException("LTI-ROLE-FORBIDDEN", 403);
        }
        return page(launch);
    }

    public ClassPage ofCourse(UUID contextId) {
        LaunchContext launch = currentLaunch.require();
        // Only the course this launch came from, and only for its teaching team (tenant isolation).
        if (!launch.teaches() || !contextId.equals(launch.contextId())) {
            throw new PlumeProblemException("LTI-ROLE-FORBIDDEN", 403);
        }
        return page(launch);
    }

    private ClassPage page(LaunchContext launch) {
        return new ClassPage(launch, descriptions.describe(launch),
                members.findById(launch.memberId()).map(Members.Member::name).orElse(null));
    }
}

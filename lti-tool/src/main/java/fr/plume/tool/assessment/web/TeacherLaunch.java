package fr.plume.tool.assessment.web;

import fr.plume.tool.assessment.application.MarkEssay;
import fr.plume.tool.lti.api.CurrentLaunch;
import fr.plume.tool.lti.api.LaunchContext;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The teacher behind the current request: a launch with a teaching role, from the very course
 * asked for, and its member. Anyone else gets {@code LTI-ROLE-FORBIDDEN}.
 */
@Component
class TeacherLaunch {

    private final ObjectProvider<CurrentLaunch> launch;

    TeacherLaunch(ObjectProvider<CurrentLaunch> launch) {
        this.launch = launch;
    }

    MarkEssay.Marker require(UUID contextId) {
        CurrentLaunch current = launch.getIfAvailable();
        if (current == null) {
            throw new PlumeProblemException("LTI-SESSION-MISSING", 401);
        }
        LaunchContext context = current.require();
        if (!context.teaches() || context.contextId() == null || !context.contextId().equals(contextId)) {
            throw new PlumeProblemException("LTI-ROLE-FORBIDDEN", 403);
        }
        return new MarkEssay.Marker(context.memberId(), context.contextId(), context.userId());
    }
}

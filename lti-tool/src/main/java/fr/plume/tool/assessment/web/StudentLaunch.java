package fr.plume.tool.assessment.web;

import fr.plume.tool.assessment.application.Student;
import fr.plume.tool.lti.api.CurrentLaunch;
import fr.plume.tool.lti.api.LaunchContext;
import fr.plume.tool.shared.domain.PlumeProblemException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/** The student behind the current request, from the LTI launch of this session. */
@Component
class StudentLaunch {

    /** Looked up once: resolving the bean on every page cost more than reading the session. */
    private final SingletonSupplier<CurrentLaunch> launch;

    StudentLaunch(ObjectProvider<CurrentLaunch> launch) {
        this.launch = SingletonSupplier.of(launch::getIfAvailable);
    }

    /** Role names of the launch, sorted (shown as page metadata, as the LTI landing pages do). */
    java.util.List<String> roles() {
        CurrentLaunch current = launch.get();
        return current == null ? java.util.List.of()
                : current.require().roles().stream().map(Enum::name).sorted().toList();
    }

    Student require() {
        CurrentLaunch current = launch.get();
        if (current == null) {
            throw new PlumeProblemException("LTI-SESSION-MISSING", 401);
        }
        LaunchContext context = current.require();
        return new Student(context.memberId(), context.userId(), context.resourceLinkId(), context.contextId(),
                context.custom());
    }
}

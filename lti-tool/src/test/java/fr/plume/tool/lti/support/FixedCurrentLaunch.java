package fr.plume.tool.lti.support;

import fr.plume.tool.lti.api.CurrentLaunch;
import fr.plume.tool.lti.api.LaunchContext;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.util.Optional;

/** The launch of the current session, as a test sets it (none by default), refused like the real one when absent. */
public final class FixedCurrentLaunch implements CurrentLaunch {

    private LaunchContext launch;

    public void set(LaunchContext launch) {
        this.launch = launch;
    }

    @Override
    public Optional<LaunchContext> get() {
        return Optional.ofNullable(launch);
    }

    @Override
    public LaunchContext require() {
        return get().orElseThrow(() -> new PlumeProblemException("LTI-SESSION-MISSING", 401));
    }
}

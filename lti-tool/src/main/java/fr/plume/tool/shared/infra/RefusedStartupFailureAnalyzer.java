package fr.plume.tool.shared.infra;

import fr.plume.tool.shared.domain.StartupRefused;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns {@link StartupRefused}, however deep in a bean creation failure, into Boot's short report. */
class RefusedStartupFailureAnalyzer extends AbstractFailureAnalyzer<StartupRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StartupRefused cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}

package fr.plume.tool.shared.domain;

/**
 * The tool cannot start for a reason the person starting it can fix. Spring Boot prints the
 * description and the action as two short lines, without a stack trace
 * (infra's {@code RefusedStartupFailureAnalyzer}).
 */
public class StartupRefused extends RuntimeException {

    private final String action;

    public StartupRefused(String description, String action) {
        this(description, action, null);
    }

    public StartupRefused(String description, String action, Throwable cause) {
        super(description, cause);
        this.action = action;
    }

    public String action() {
        return action;
    }
}

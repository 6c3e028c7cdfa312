package fr.plume.tool.lti.api;

import java.util.Optional;

/** Platforms (Moodle sites, the demo platform) registered for a member. */
public interface PlatformRegistrations {

    /** Idempotent on (issuer, clientId): creates or updates, adds missing deployments, status ACTIVE. */
    RegistrationView registerActive(NewRegistration registration);

    Optional<RegistrationView> find(String issuer, String clientId);
}

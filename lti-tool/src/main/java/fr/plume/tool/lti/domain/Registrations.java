package fr.plume.tool.lti.domain;

import fr.plume.tool.lti.api.NewRegistration;
import fr.plume.tool.lti.api.PlatformRegistrations;
import fr.plume.tool.lti.api.RegistrationView;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Platform registrations and their deployments; every launch reads them. */
public interface Registrations extends PlatformRegistrations {

    RegistrationView save(NewRegistration registration, String status);

    List<RegistrationView> findByIssuer(String issuer);

    Optional<RegistrationView> findById(UUID id);

    /** A copy at most a few seconds old: launches read it on every request. */
    Optional<RegistrationView> findRecent(String issuer, String clientId);

    Optional<RegistrationView> findRecentById(UUID id);

    List<RegistrationView> all();

    List<RegistrationView> forMember(UUID memberId);

    /** The issuers of active registrations. */
    List<String> activeOrigins();

    boolean setStatus(UUID id, String status);

    /**
     * Whether launches through this registration may belong to {@code memberId}: its own member, or
     * one its attribution rule lists (a shared platform). Grades, rosters and Deep Linking answers
     * go back through a registration only for such a member.
     */
    default boolean serves(UUID registrationId, UUID memberId) {
        return findById(registrationId).filter(r -> r.memberId().equals(memberId)).isPresent();
    }
}

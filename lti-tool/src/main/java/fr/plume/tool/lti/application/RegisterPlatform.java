package fr.plume.tool.lti.application;

import fr.plume.tool.identity.api.Members;
import fr.plume.tool.lti.api.NewRegistration;
import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.lti.domain.Registrations;
import fr.plume.tool.lti.domain.PlatformUrls;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Registers a platform by hand (admin page or REST), after checking every value. */
@Service
public class RegisterPlatform {

    private static final Logger log = LoggerFactory.getLogger(RegisterPlatform.class);

    /** What an administrator types; the deployments as one string separated by commas or spaces. */
    public record Input(UUID memberId, String memberCode, String label, String issuer, String clientId,
            String authorizationEndpoint, String tokenEndpoint, String jwksUri, String deploymentIds) {
    }

    private final Registrations registrations;
    private final Members members;
    private final PlatformUrls urls;

    RegisterPlatform(Registrations registrations, Members members, PlatformUrls urls) {
        this.registrations = registrations;
        this.members = members;
        this.urls = urls;
    }

    public RegistrationView register(Input input) {
        UUID memberId = member(input);
        String issuer = required(input.issuer(), "issuer");
        if (!urls.acceptable(issuer)) {
            throw invalid("issuer");
        }
        NewRegistration registration = new NewRegistration(memberId,
                input.label() == null || input.label().isBlank() ? URI.create(issuer).getHost() : input.label().strip(),
                issuer, required(input.clientId(), "clientId"), url(input.authorizationEndpoint(), "authorizationEndpoint"),
                url(input.tokenEndpoint(), "tokenEndpoint"), url(input.jwksUri(), "jwksUri"), deployments(input.deploymentIds()));
        RegistrationView saved = registrations.registerActive(registration);
        log.info("event=lti.registration.saved registration={} member={} deployments={}", saved.id(), memberId,
                saved.deploymentIds().size());
        return saved;
    }

    private UUID member(Input input) {
        if (input.memberId() != null) {
            return members.findById(input.memberId()).map(Members.Member::id)
                    .orElseThrow(() -> new PlumeProblemException("LTI-MEMBER-UNKNOWN", 404));
        }
        if (input.memberCode() != null && !input.memberCode().isBlank()) {
            return members.findByCode(input.memberCode().strip()).map(Members.Member::id)
                    .orElseThrow(() -> new PlumeProblemException("LTI-MEMBER-UNKNOWN", 404));
        }
        throw invalid("member");
    }

    private URI url(String value, String field) {
        String v = required(value, field);
        if (!urls.acceptable(v)) {
            throw invalid(field);
        }
        return URI.create(v);
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank() || value.length() > 1000) {
            throw invalid(field);
        }
        return value.strip();
    }

    static List<String> deployments(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split("[,\\s]+")).filter(s -> !s.isBlank()).distinct().toList();
    }

    private static PlumeProblemException invalid(String field) {
        return new PlumeProblemException("LTI-REGISTRATION-INVALID", 400, field);
    }
}

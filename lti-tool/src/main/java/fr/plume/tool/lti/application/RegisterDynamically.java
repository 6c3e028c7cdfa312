package fr.plume.tool.lti.application;

import fr.plume.tool.identity.api.Members;
import fr.plume.tool.lti.api.NewRegistration;
import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.lti.domain.LaunchRejected;
import fr.plume.tool.lti.api.LtiClaims;
import fr.plume.tool.lti.domain.PlatformConfiguration;
import fr.plume.tool.lti.domain.ToolRegistrationRequest;
import fr.plume.tool.lti.domain.Registrations;
import fr.plume.tool.lti.domain.RegistrationExchange;
import fr.plume.tool.lti.domain.PlatformUrls;
import fr.plume.tool.shared.domain.PlumeProblemException;
import fr.plume.tool.shared.domain.PublicUrl;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * LTI Dynamic Registration 1.0 as Moodle ≥ 3.10 runs it: read the platform's OpenID
 * configuration, check its issuer, POST the tool's client registration with the one-time
 * registration token, and store (issuer, client_id, deployment_id) for the invited member.
 */
@Service
public class RegisterDynamically {

    private static final Logger log = LoggerFactory.getLogger(RegisterDynamically.class);

    public record Result(RegistrationView registration, Members.Member member, String productFamily) {
    }

    private final RegistrationExchange http;
    private final PlatformUrls urls;
    private final Registrations registrations;
    private final Members members;
    private final RegistrationInvitations invitations;
    private final PublicUrl publicUrl;

    RegisterDynamically(RegistrationExchange http, PlatformUrls urls, Registrations registrations, Members members,
            RegistrationInvitations invitations, PublicUrl publicUrl) {
        this.http = http;
        this.urls = urls;
        this.registrations = registrations;
        this.members = members;
        this.invitations = invitations;
        this.publicUrl = publicUrl;
    }

    public Result register(String openidConfiguration, String registrationToken, String memberCode, String signature) {
        if (!invitations.valid(memberCode, signature)) {
            throw new LaunchRejected("LTI-REGISTER-INVITATION-INVALID", 403);
        }
        Members.Member member = members.findByCode(memberCode)
                .orElseThrow(() -> new LaunchRejected("LTI-REGISTER-INVITATION-INVALID", 403));
        if (openidConfiguration == null || !urls.acceptable(openidConfiguration)) {
            throw new LaunchRejected("LTI-REGISTER-CONFIGURATION-MISSING", 400);
        }
        URI configurationUrl = URI.create(openidConfiguration.strip());

        RegistrationExchange.Answer answer = call(() -> http.getJson(configurationUrl));
        if (!answer.ok()) {
            log.info("event=lti.register.refused step=configuration status={}", answer.status());
            throw new LaunchRejected("LTI-REGISTER-CONFIGURATION-UNAVAILABLE", 502);
        }
        if (answer.json() == null) {
            throw new LaunchRejected("LTI-REGISTER-CONFIGURATION-INVALID", 400);
        }
        PlatformConfiguration platform = PlatformConfiguration.parse(answer.json());
        if (!platform.servedFrom(configurationUrl)) {
            throw new LaunchRejected("LTI-REGISTER-ISSUER-MISMATCH", 400);
        }
        if (!platform.signsWithRs256()) {
            throw new LaunchRejected("LTI-REGISTER-ALG-UNSUPPORTED", 400);
        }
        for (URI endpoint : List.of(platform.authorizationEndpoint(), platform.tokenEndpoint(), platform.jwksUri(),
                platform.registrationEndpoint())) {
            if (!urls.acceptable(endpoint)) {
                throw new LaunchRejected("LTI-REGISTER-CONFIGURATION-INVALID", 400);
            }
        }

        Map<String, Object> request = ToolRegistrationRequest.build(publicUrl.base(), publicUrl.authority());
        RegistrationExchange.Answer registered = call(() -> http.postJson(platform.registrationEndpoint(), request,
                registrationToken));
        if (registered.status() == 401 || registered.status() == 403) {
            log.info("event=lti.register.refused step=registration status={}", registered.status());
            throw new LaunchRejected("LTI-REGISTER-TOKEN-REJECTED", 400);
        }
        if (!registered.ok()) {
            log.info("event=lti.register.refused step=registration status={}", registered.status());
            throw new PlumeProblemException("LTI-REGISTER-REFUSED", 502, registered.status(), excerpt(registered.text()));
        }
        Map<String, Object> body = registered.json();
        String clientId = body == null ? null : string(body.get("client_id"));
        if (clientId == null || clientId.isBlank()) {
            throw new LaunchRejected("LTI-REGISTER-RESPONSE-INVALID", 502);
        }
        String deploymentId = null;
        if (body.get(LtiClaims.TOOL_CONFIGURATION) instanceof Map<?, ?> tool) {
            deploymentId = string(tool.get("deployment_id"));
        }
        String family = platform.productFamily() == null ? "LTI" : capitalised(platform.productFamily());
        RegistrationView saved = registrations.registerActive(new NewRegistration(member.id(),
                family + " " + URI.create(platform.issuer()).getHost(), platform.issuer(), clientId,
                platform.authorizationEndpoint(), platform.tokenEndpoint(), platform.jwksUri(),
                deploymentId == null || deploymentId.isBlank() ? List.of() : List.of(deploymentId)));
        log.info("event=lti.register.completed registration={} member={} deployments={}", saved.id(), member.id(),
                saved.deploymentIds().size());
        return new Result(saved, member, family);
    }

    private interface Call {
        RegistrationExchange.Answer run() throws RegistrationExchange.Unreachable;
    }

    private static RegistrationExchange.Answer call(Call call) {
        try {
            return call.run();
        } catch (RegistrationExchange.Unreachable e) {
            log.info("event=lti.register.unreachable reason={}", e.getMessage());
            throw new LaunchRejected("LTI-REGISTER-UNREACHABLE", 502);
        }
    }

    private static String string(Object value) {
        if (value instanceof String s) {
            return s;
        }
        return value instanceof Number n ? String.valueOf(n.longValue()) : null;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 200) + "…";
    }
}

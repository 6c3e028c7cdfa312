package fr.plume.tool.lti.infra;

import fr.plume.tool.lti.ags.domain.AgsSettings;
import fr.plume.tool.lti.domain.LtiSettings;
import fr.plume.tool.lti.domain.RegistrationExchange;
import fr.plume.tool.lti.domain.ToolSigner;
import java.time.Clock;

/** The module's real HTTP adapters, built outside Spring for unit tests of its use cases (WireMock plays the platform). */
public final class LtiAdapters {

    private LtiAdapters() {
    }

    public static RegistrationExchange registrationHttp(LtiSettings settings) {
        return new RegistrationHttp(settings);
    }

    /** Service calls with OAuth 2 tokens fetched by client assertions that {@code signer} signs. */
    public static PlatformServiceClient platformServiceClient(ToolSigner signer, Clock clock, AgsSettings settings) {
        PlatformHttp http = new PlatformHttp(settings);
        return new PlatformServiceClient(new PlatformTokenClient(http, signer, clock), http);
    }
}

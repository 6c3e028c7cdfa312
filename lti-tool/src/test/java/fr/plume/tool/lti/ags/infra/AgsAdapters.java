package fr.plume.tool.lti.ags.infra;

import fr.plume.tool.lti.ags.domain.AgsEndpoints;
import fr.plume.tool.lti.ags.domain.PlatformScores;
import fr.plume.tool.lti.infra.PlatformServiceClient;

/** The AGS HTTP adapters, built outside Spring for unit tests (WireMock plays the platform). */
public final class AgsAdapters {

    private AgsAdapters() {
    }

    public static PlatformScores scoreSender(PlatformServiceClient client, AgsEndpoints endpoints) {
        return new ScoreSender(new LineItemClient(client, endpoints), client, endpoints);
    }
}

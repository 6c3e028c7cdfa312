package fr.plume.tool.lti.nrps.infra;

import fr.plume.tool.lti.infra.PlatformServiceClient;
import fr.plume.tool.lti.nrps.domain.PlatformMemberships;

/** The NRPS HTTP adapter, built outside Spring for unit tests (WireMock plays the platform). */
public final class NrpsAdapters {

    private NrpsAdapters() {
    }

    public static PlatformMemberships membershipsClient(PlatformServiceClient client) {
        return new MembershipsClient(client);
    }
}

package fr.plume.tool.lti.ags.application;

import fr.plume.tool.lti.ags.infra.JdbcAgsEndpoints;
import fr.plume.tool.lti.api.LaunchContext;
import fr.plume.tool.lti.nrps.infra.JdbcNrpsEndpoints;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Keeps the AGS and NRPS endpoints a launch announced, per resource link and per context, so
 * grades and rosters can be fetched without the launching session: every accepted launch calls
 * {@link #record(LaunchContext)} in its transaction.
 */
@Component
public class RecordServiceEndpoints {

    private final JdbcAgsEndpoints agsEndpoints;
    private final JdbcNrpsEndpoints nrpsEndpoints;
    private final Clock clock;

    RecordServiceEndpoints(JdbcAgsEndpoints agsEndpoints, JdbcNrpsEndpoints nrpsEndpoints, Clock clock) {
        this.agsEndpoints = agsEndpoints;
        this.nrpsEndpoints = nrpsEndpoints;
        this.clock = clock;
    }

    public void record(LaunchContext launch) {
        Instant now = clock.instant();
        LaunchContext.AgsEndpoint ags = launch.ags();
        if (ags != null && launch.resourceLinkId() != null && (ags.lineItem() != null || ags.lineItems() != null)) {
            agsEndpoints.save(launch.memberId(), launch.resourceLinkId(), launch.registrationId(),
                    ags.lineItems() == null ? null : ags.lineItems().toString(),
                    ags.lineItem() == null ? null : ags.lineItem().toString(), ags.scope(), now);
        }
        LaunchContext.NrpsEndpoint nrps = launch.nrps();
        if (nrps != null && nrps.contextMembershipsUrl() != null && launch.contextId() != null) {
            nrpsEndpoints.save(launch.memberId(), launch.contextId(), launch.registrationId(),
                    nrps.contextMembershipsUrl().toString(), now);
        }
    }
}

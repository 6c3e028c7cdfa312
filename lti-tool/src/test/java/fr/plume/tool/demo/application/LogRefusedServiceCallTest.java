package fr.plume.tool.demo.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.demo.domain.ServiceLogEntry;
import org.junit.jupiter.api.Test;

class LogRefusedServiceCallTest {

    private final DemoPorts ports = new DemoPorts();

    @Test
    void theRefusalGoesIntoTheServiceLogWithItsReason() {
        new LogRefusedServiceCall(ports.serviceLog).log("POST", "/demo/platform/services/7/lineitems?type_id=1", null,
                401, "{\"label\":\"x\"}", "Missing bearer access token");

        ServiceLogEntry entry = ports.serviceLog.last();
        assertThat(entry.method()).isEqualTo("POST");
        assertThat(entry.path()).isEqualTo("/demo/platform/services/7/lineitems?type_id=1");
        assertThat(entry.clientId()).isNull();
        assertThat(entry.status()).isEqualTo(401);
        assertThat(entry.body()).isEqualTo("{\"label\":\"x\"}");
        assertThat(entry.outcome()).isEqualTo("Missing bearer access token");
    }
}

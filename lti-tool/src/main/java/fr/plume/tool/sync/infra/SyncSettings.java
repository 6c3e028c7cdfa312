package fr.plume.tool.sync.infra;

import java.net.InetAddress;
import java.time.Duration;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This node's name in the scheduler's leases and run records, and how long a lease lasts.
 * The node id is unique per running instance, even for two instances on one host.
 */
@Component
public class SyncSettings {

    private final String nodeId;
    private final Duration lease;

    SyncSettings(@Value("${plume.sync.node-id:}") String nodeId,
            @Value("${plume.sync.lease:PT1H}") Duration lease) {
        this.nodeId = nodeId.isBlank() ? host() + "/" + UUID.randomUUID().toString().substring(0, 8) : nodeId;
        this.lease = lease;
    }

    public String nodeId() {
        return nodeId;
    }

    public Duration lease() {
        return lease;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "node";
        }
    }
}

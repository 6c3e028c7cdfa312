package fr.plume.tool.sync.domain;

import java.time.Duration;

/**
 * This node's name in the scheduler's leases and run records, and how long a lease lasts.
 * The node id is unique per running instance, even for two instances on one host.
 */
public record SyncSettings(String nodeId, Duration lease) {
}

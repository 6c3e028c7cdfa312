package fr.plume.tool.privacy.domain;

import java.time.Duration;

/**
 * The purge's configuration: the retention periods, how often each kind is purged, this node's
 * name for the schedule's leases and how long a lease lasts (a node that dies mid-purge frees
 * the kind when its lease ends).
 */
public record PurgeSettings(RetentionPeriods retention, Duration every, String nodeId, Duration lease) {
}

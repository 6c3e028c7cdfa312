package fr.plume.tool.lti.ags.domain;

import java.time.Duration;

/**
 * Settings of grade delivery ({@code plume.ags.*}); every one has a safe default.
 *
 * @param workerEnabled  whether this node drains the outbox (every node does by default)
 * @param pollInterval   pause between two drains when the outbox had nothing due
 * @param batchSize      rows claimed per short claim transaction
 * @param parallelism    concurrent deliveries per node
 * @param lease          how long a claimed row is reserved; a node killed mid-delivery leaves
 *                       its rows to others once the lease is over
 * @param connectTimeout TCP connect timeout towards platforms
 * @param requestTimeout whole-request timeout towards platforms
 * @param backoffBase    first retry delay (doubled each time, with jitter)
 * @param backoffMax     longest delay between two tries
 * @param giveUpAfter    after this long since queueing a grade goes to the dead letters
 * @param idlePollMax    longest pause between two reads of an empty outbox (the pause doubles
 *                       from {@code pollInterval} while it stays empty; a grade queued on the node
 *                       or found by a read brings it back)
 */
public record AgsSettings(Boolean workerEnabled, Duration pollInterval, Integer batchSize, Integer parallelism,
        Duration lease, Duration connectTimeout, Duration requestTimeout, Duration backoffBase, Duration backoffMax,
        Duration giveUpAfter, Duration idlePollMax) {

    public AgsSettings {
        workerEnabled = workerEnabled == null || workerEnabled;
        pollInterval = pollInterval == null ? Duration.ofSeconds(2) : pollInterval;
        batchSize = batchSize == null || batchSize < 1 ? 200 : batchSize;
        parallelism = parallelism == null || parallelism < 1 ? 16 : parallelism;
        lease = lease == null ? Duration.ofMinutes(2) : lease;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(20) : requestTimeout;
        backoffBase = backoffBase == null ? Duration.ofSeconds(30) : backoffBase;
        backoffMax = backoffMax == null ? Duration.ofHours(1) : backoffMax;
        giveUpAfter = giveUpAfter == null ? Duration.ofHours(24) : giveUpAfter;
        idlePollMax = idlePollMax == null ? Duration.ofSeconds(30) : idlePollMax;
    }
}

package fr.plume.tool.privacy.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * When each kind of data is next purged. Several nodes may ask at once: a due kind is claimed
 * by one node only, with a lease, so no two nodes purge the same kind at the same time.
 */
public interface PurgeSchedule {

    /** Makes sure each kind has a schedule, due at {@code now} when new. */
    void ensure(Set<DataKind> kinds, Instant now);

    /** The kinds due at {@code now} that no other node holds, now held by {@code node} until {@code leaseUntil}. */
    List<DataKind> claimDue(String node, Instant now, Instant leaseUntil);

    /** Gives the kind back, purged at {@code ranAt} ({@code purged} rows), due again at {@code nextRunAt}. */
    void release(DataKind kind, String node, Instant ranAt, int purged, Instant nextRunAt);
}

package fr.plume.tool.lti.api;

import java.util.UUID;

/**
 * The class roster of a course context from the platform (LTI NRPS 2.0), cached in PostgreSQL;
 * dashboards use it to show who has not started yet.
 */
public interface ClassRoster {

    /**
     * @param contextId Plume's course context id
     * @param memberId  the member owning that context (rows of other members are never read)
     * @param refresh   fetch from the platform now instead of using the cached roster
     */
    Roster members(UUID contextId, UUID memberId, boolean refresh);

    /**
     * The cached roster only, never asking the platform: {@code available} false when nothing was
     * fetched yet. For callers that decide themselves when the platform may be asked again.
     */
    Roster cached(UUID contextId, UUID memberId);
}

package fr.plume.tool.sync.domain;

import fr.plume.sync.catalogue.RatingLedger;
import java.util.UUID;

/**
 * moodle-sync's rating ledger per site: each grade is recorded as soon as Moodle accepted it, so
 * a run that stops half-way does not send the same evidence again.
 */
public interface RatingLedgers {

    /** The ledger of one member's site; the job's site name is that site's, so the key is its id. */
    RatingLedger forSite(UUID memberId, UUID siteId);

    long pushedCount(UUID memberId, UUID siteId);
}

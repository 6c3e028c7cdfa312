package fr.plume.tool.sync.api;

import java.time.Instant;

/** The ledger of competency ratings pushed to members' Moodle sites, as the privacy purge sees it. */
public interface PushedRatings {

    /**
     * Deletes the ledger rows of ratings last pushed before {@code cutoff} (they name a Moodle user
     * id); returns how many. Moodle keeps the evidence it received. Should the same rating be
     * computed again for that person later, it is pushed again: one more evidence line in
     * Moodle, never a lost one.
     */
    int deleteRatingsPushedBefore(Instant cutoff);
}

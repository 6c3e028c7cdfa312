/**
 * What other modules may use of the sync module: the ledger of pushed ratings, for the privacy
 * purge ({@link fr.plume.tool.sync.api.PushedRatings}). Otherwise sync only consumes other modules
 * (the current framework, the catalogue, the item bank's draft intake, course results and launches). A type other modules need goes here, never in another layer.
 */
@org.springframework.modulith.NamedInterface("api")
package fr.plume.tool.sync.api;

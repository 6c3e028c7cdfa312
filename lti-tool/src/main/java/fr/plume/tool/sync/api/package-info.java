/**
 * What other modules may use of the sync module: nothing yet. Sync only consumes other modules
 * (the current framework, the catalogue, the item bank's draft intake, course results and
 * launches); no module calls it. A type other modules need goes here, never in another layer.
 */
@org.springframework.modulith.NamedInterface("api")
package fr.plume.tool.sync.api;

/** What other modules may use of the catalogue: recommendations, and the store harvests write to. */
@org.springframework.modulith.NamedInterface("api")
package fr.plume.tool.catalogue.api;

/**
 * Open resources harvested by moodle-sync (OAI-PMH repositories, publishing Moodle courses):
 * storage behind moodle-sync's catalogue port, competency links, recommendations and the public
 * catalogue page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalogue")
package fr.plume.tool.catalogue;

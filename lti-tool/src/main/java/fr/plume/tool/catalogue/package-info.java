/**
 * Open resources harvested by moodle-sync (OAI-PMH repositories, publishing Moodle courses):
 * storage behind moodle-sync's catalogue port, competency links, recommendations and the public
 * catalogue page; and the commons' outward face: the OAI-PMH provider of the published open
 * modules and their Common Cartridge and Moodle XML downloads (docs/commons.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalogue")
package fr.plume.tool.catalogue;

/** What other modules may use of the item bank: the catalogue of items and the answer capture of the renderers. */
@org.springframework.modulith.NamedInterface("api")
package fr.plume.tool.itembank.api;

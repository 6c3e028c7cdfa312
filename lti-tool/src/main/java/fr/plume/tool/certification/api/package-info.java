/** What other modules may use of certification: the events it publishes. */
@org.springframework.modulith.NamedInterface("api")
package fr.plume.tool.certification.api;

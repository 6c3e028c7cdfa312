/** What other modules may use of the identity module. */
@org.springframework.modulith.NamedInterface("api")
package fr.plume.tool.identity.api;

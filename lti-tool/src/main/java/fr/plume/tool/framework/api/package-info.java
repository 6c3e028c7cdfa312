/** What other modules may use of the framework module. */
@org.springframework.modulith.NamedInterface("api")
package fr.plume.tool.framework.api;

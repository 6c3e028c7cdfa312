/** What other modules may use of the LTI module: registrations and the current launch. */
@org.springframework.modulith.NamedInterface("api")
package fr.plume.tool.lti.api;

/** What other modules may use of psychometrics. */
@org.springframework.modulith.NamedInterface("api")
package fr.plume.tool.psychometrics.api;

/** What other modules may use of the assessment module: its events and read models. */
@org.springframework.modulith.NamedInterface("api")
package fr.plume.tool.assessment.api;

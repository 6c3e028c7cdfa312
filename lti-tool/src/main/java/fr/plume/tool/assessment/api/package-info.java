/** What other modules may read of the assessment module: the levels completed attempts reported. */
@org.springframework.modulith.NamedInterface("api")
package fr.plume.tool.assessment.api;

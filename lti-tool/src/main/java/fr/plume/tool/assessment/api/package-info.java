/**
 * What other modules may use of the assessment module: the levels completed attempts reported, and
 * certification results (held until published) with their publication.
 */
@org.springframework.modulith.NamedInterface("api")
package fr.plume.tool.assessment.api;

/**
 * The national certificate (DESIGN §7): centres, sessions, candidates, invigilation, jury, and the
 * certificates it issues and anyone can verify. Starts certifying attempts and publishes their
 * results through {@code assessment.api}; the score reaches the gradebook only at publication.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Certification")
package fr.plume.tool.certification;

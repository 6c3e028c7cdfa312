/**
 * The teachers' pages of a course: the class page a launch with a teaching role lands on, and
 * later the class dashboards. Reads launches through {@code lti.api}, results through
 * {@code assessment.api}; the LTI module reaches it only by URL.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboards")
package fr.plume.tool.dashboard;

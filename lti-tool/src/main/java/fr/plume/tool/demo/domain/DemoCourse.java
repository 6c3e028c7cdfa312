package fr.plume.tool.demo.domain;

/** A course of the demo platform (an LTI context of type CourseSection). */
public record DemoCourse(String id, String label, String title, String sectionSourcedId) {
}

package fr.plume.tool.shared.web;

import java.util.EnumSet;
import java.util.Set;

/** Who calls a route in {@link RouteAccessTest}: each one a real session of the running tool. */
enum Persona {
    /** Nobody signed in, no launch (a session only to carry a CSRF token). */
    ANONYMOUS,
    /** A learner launched from member A's course. */
    STUDENT,
    /** The instructor of member A's course (the course whose ids fill the routes). */
    INSTRUCTOR,
    /** An instructor of another course of member A. */
    OTHER_COURSE_INSTRUCTOR,
    /** An instructor launched from member B. */
    OTHER_MEMBER_INSTRUCTOR,
    /** A tool account with the author role. */
    AUTHOR,
    /** A tool account with the certification officer role. */
    OFFICER,
    /** The administrator of member A only. */
    MEMBER_ADMIN,
    /** A tool account with the psychometrician role. */
    PSYCHOMETRICIAN,
    /** A consortium administrator. */
    CONSORTIUM_ADMIN;

    static final Set<Persona> EVERYONE = EnumSet.allOf(Persona.class);
    static final Set<Persona> NOBODY_WITH_A_SESSION = EnumSet.noneOf(Persona.class);
    static final Set<Persona> LAUNCHED = EnumSet.of(STUDENT, INSTRUCTOR, OTHER_COURSE_INSTRUCTOR, OTHER_MEMBER_INSTRUCTOR);
    static final Set<Persona> INSTRUCTORS = EnumSet.of(INSTRUCTOR, OTHER_COURSE_INSTRUCTOR, OTHER_MEMBER_INSTRUCTOR);
    static final Set<Persona> ACCOUNTS = EnumSet.of(AUTHOR, OFFICER, MEMBER_ADMIN, PSYCHOMETRICIAN, CONSORTIUM_ADMIN);
}

package fr.plume.tool.lti.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.lti.api.LaunchContext;
import fr.plume.tool.lti.api.LtiRole;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every role form platforms send, as LIS v2 URIs (LTI Core §A.2), simple context names (§A.2.3.1)
 * and the LTI 1.1 URNs Moodle builds its roles from (mod/lti/locallib.php {@code lti_get_ims_role}:
 * "Instructor" or "Learner", plus {@code urn:lti:sysrole:ims/lis/Administrator} and
 * {@code urn:lti:instrole:ims/lis/Administrator} for site administrators, which Moodle's LTI 1.3
 * launches carry as the system/person and institution/person Administrator URIs).
 */
class RoleMappingTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // learners
            "Learner, LEARNER",
            "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner, LEARNER",
            "http://purl.imsglobal.org/vocab/lis/v2/membership/Learner#Learner, LEARNER",
            "urn:lti:role:ims/lis/Learner, LEARNER",
            // the teaching team
            "Instructor, INSTRUCTOR",
            "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor, INSTRUCTOR",
            "urn:lti:role:ims/lis/Instructor, INSTRUCTOR",
            "TeachingAssistant, TEACHING_ASSISTANT",
            "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant, TEACHING_ASSISTANT",
            "http://purl.imsglobal.org/vocab/lis/v2/membership#TeachingAssistant, TEACHING_ASSISTANT",
            "urn:lti:role:ims/lis/TeachingAssistant, TEACHING_ASSISTANT",
            "urn:lti:role:ims/lis/Instructor/TeachingAssistant, TEACHING_ASSISTANT",
            // authors, mentors
            "ContentDeveloper, CONTENT_DEVELOPER",
            "http://purl.imsglobal.org/vocab/lis/v2/membership#ContentDeveloper, CONTENT_DEVELOPER",
            "urn:lti:role:ims/lis/ContentDeveloper, CONTENT_DEVELOPER",
            "Mentor, MENTOR",
            "http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor, MENTOR",
            "urn:lti:role:ims/lis/Mentor, MENTOR",
            // administrators, at every level
            "Administrator, ADMINISTRATOR",
            "http://purl.imsglobal.org/vocab/lis/v2/membership#Administrator, ADMINISTRATOR",
            "urn:lti:role:ims/lis/Administrator, ADMINISTRATOR",
            "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator, ADMINISTRATOR",
            "urn:lti:instrole:ims/lis/Administrator, ADMINISTRATOR",
            "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator, ADMINISTRATOR",
            "urn:lti:sysrole:ims/lis/Administrator, ADMINISTRATOR",
            "http://purl.imsglobal.org/vocab/lis/v2/system/person#SysAdmin, ADMINISTRATOR",
            "http://purl.imsglobal.org/vocab/lis/v2/person#Administrator, ADMINISTRATOR",
            // institution and system roles that say nothing about this course, unknown roles
            "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Instructor, -",
            "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Faculty, -",
            "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Student, -",
            "urn:lti:instrole:ims/lis/Instructor, -",
            "urn:lti:instrole:ims/lis/Student, -",
            "http://purl.imsglobal.org/vocab/lis/v2/system/person#User, -",
            "urn:lti:sysrole:ims/lis/User, -",
            "urn:lti:sysrole:ims/lis/None, -",
            "http://purl.imsglobal.org/vocab/lis/v2/membership#Astronaut, -",
            "Astronaut, -",
            "urn:other:Instructor, -",
            "http://example.com/membership#Instructor, -",
            "instructor, -"
    })
    void mapsEachRoleFormPlatformsSend(String role, String expected) {
        Set<LtiRole> mapped = RoleMapping.map(List.of(role));

        if ("-".equals(expected)) {
            assertThat(mapped).as(role).isEmpty();
        } else {
            assertThat(mapped).as(role).containsExactly(LtiRole.valueOf(expected));
        }
    }

    @Test
    void keepsEveryRecognisedRoleOfALaunchAndIgnoresTheRest() {
        assertThat(RoleMapping.map(Arrays.asList("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor",
                " Learner ", null, "Astronaut", "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator")))
                .containsExactlyInAnyOrder(LtiRole.INSTRUCTOR, LtiRole.LEARNER, LtiRole.ADMINISTRATOR);
        assertThat(RoleMapping.map(null)).isEmpty();
    }

    /** The roles of a launch, as the platform sends them (comma-separated), and where it lands. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            // Moodle 4.x, LTI 1.3: a student, a teacher, a site administrator from a course activity
            "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner; /app",
            "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor; /class/{course}",
            "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator,"
                    + "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor,"
                    + "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator; /class/{course}",
            // administrators with no role of their own in the course
            "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator; /lti/no-role",
            "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator,"
                    + "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator; /lti/no-role",
            "urn:lti:sysrole:ims/lis/Administrator,urn:lti:instrole:ims/lis/Administrator; /lti/no-role",
            "http://purl.imsglobal.org/vocab/lis/v2/membership#Administrator; /lti/no-role",
            // an administrator who also holds a context role gets that role's page
            "Administrator,TeachingAssistant; /class/{course}",
            "urn:lti:instrole:ims/lis/Administrator,Learner; /app",
            "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator,ContentDeveloper; /author",
            // short forms
            "Instructor; /class/{course}",
            "Learner; /app"
    })
    void landsWhereTheContextRolesSay(String roles, String landing) {
        UUID course = UUID.randomUUID();
        LaunchContext launch = new LaunchContext(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), course,
                UUID.randomUUID(), "LtiResourceLinkRequest", RoleMapping.map(List.of(roles.split(","))), null, null,
                null, null);

        assertThat(LandingPage.pathFor(launch)).isEqualTo(landing.replace("{course}", course.toString()));
    }

    @Test
    void onlyInstructorsAndTeachingAssistantsTeach() {
        for (LtiRole role : LtiRole.values()) {
            LaunchContext launch = new LaunchContext(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                    UUID.randomUUID(), UUID.randomUUID(), "LtiResourceLinkRequest", Set.of(role), null, null, null, null);
            assertThat(launch.teaches()).as(role.name())
                    .isEqualTo(role == LtiRole.INSTRUCTOR || role == LtiRole.TEACHING_ASSISTANT);
        }
    }
}

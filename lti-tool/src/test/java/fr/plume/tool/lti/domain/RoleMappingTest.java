package fr.plume.tool.lti.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.lti.api.LtiRole;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleMappingTest {

    @Test
    void acceptsFullUrisShortNamesAndLegacyUrns() {
        assertThat(RoleMapping.map(List.of(
                "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor",
                "Learner",
                "ContentDeveloper",
                "urn:lti:role:ims/lis/Mentor",
                "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant",
                "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator")))
                .containsExactlyInAnyOrder(LtiRole.INSTRUCTOR, LtiRole.LEARNER, LtiRole.CONTENT_DEVELOPER,
                        LtiRole.MENTOR, LtiRole.TEACHING_ASSISTANT, LtiRole.ADMINISTRATOR);
    }

    @Test
    void ignoresUnknownRolesAndInstitutionRolesThatAreNotAdministration() {
        assertThat(RoleMapping.map(List.of("Astronaut", "http://purl.imsglobal.org/vocab/lis/v2/membership#Astronaut",
                "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Instructor", "urn:other:Instructor")))
                .isEmpty();
    }
}

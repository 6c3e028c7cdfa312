package fr.plume.tool.certification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OfficerRoleMatchTest {

    private static final String INSTITUTION_ADMIN = "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator";

    @Test
    void aMappedUriMatchesOnlyItself() {
        assertThat(OfficerRoleMatch.anyMapped(List.of("urn:moodle:role/officer"), List.of("urn:moodle:role/officer")))
                .isTrue();
        assertThat(OfficerRoleMatch.anyMapped(List.of("urn:moodle:role/officer"), List.of("urn:moodle:role/officer2")))
                .isFalse();
        assertThat(OfficerRoleMatch.anyMapped(List.of(INSTITUTION_ADMIN),
                List.of("http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator"))).isFalse();
    }

    @Test
    void aShortNameMatchesTheFragmentOfLisRolesIgnoringCase() {
        assertThat(OfficerRoleMatch.anyMapped(List.of("administrator"), List.of(INSTITUTION_ADMIN))).isTrue();
        assertThat(OfficerRoleMatch.anyMapped(List.of("Administrator"), List.of("Administrator"))).isTrue();
        assertThat(OfficerRoleMatch.anyMapped(List.of("Administrator"),
                List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"))).isFalse();
        assertThat(OfficerRoleMatch.anyMapped(List.of("Administrator"), List.of("urn:lti:sysrole:ims/lis/Administrator")))
                .as("a URN without fragment needs the exact URN").isFalse();
        assertThat(OfficerRoleMatch.anyMapped(List.of(), List.of(INSTITUTION_ADMIN))).isFalse();
    }
}

package fr.plume.tool.lti.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.lti.api.LtiClaims;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which member a launch of a shared platform belongs to. */
class MemberAttributionTest {

    private static final UUID HOST = UUID.randomUUID();
    private static final UUID PARIS = UUID.randomUUID();

    private static LaunchClaims launch(Map<String, String> custom, LaunchClaims.Lis lis) {
        return new LaunchClaims("https://sonate.test", "sub", LtiClaims.RESOURCE_LINK_REQUEST, "1", "n",
                Instant.EPOCH, List.of(), Set.of(), new LaunchClaims.Person(null, null, null, null), null, null, null,
                null, null, custom, null, null, lis);
    }

    @Test
    void withoutARuleTheRegistrationsMember() {
        assertThat(MemberAttribution.attribute(null, launch(Map.of(), null), HOST))
                .isEqualTo(new MemberAttribution.Attributed(HOST, null, MemberAttribution.Outcome.REGISTRATION));
    }

    @Test
    void aCustomParameterCutAtTheSeparatorCaseIgnored() {
        MemberAttribution rule = new MemberAttribution(UUID.randomUUID(), MemberAttribution.Source.CUSTOM_PARAMETER,
                "university", "-", Map.of("uparis", PARIS));

        assertThat(MemberAttribution.attribute(rule, launch(Map.of("university", "UParis-FLE-2026"), null), HOST))
                .isEqualTo(new MemberAttribution.Attributed(PARIS, "UPARIS", MemberAttribution.Outcome.RULE));
    }

    @Test
    void theCourseOrPersonSourcedIdOfTheLisClaim() {
        MemberAttribution byCourse = new MemberAttribution(UUID.randomUUID(), MemberAttribution.Source.COURSE_SOURCEDID,
                null, null, Map.of("UPARIS", PARIS));
        MemberAttribution byPerson = new MemberAttribution(UUID.randomUUID(), MemberAttribution.Source.PERSON_SOURCEDID,
                null, "_", Map.of("UPARIS", PARIS));

        assertThat(MemberAttribution.attribute(byCourse, launch(Map.of(), new LaunchClaims.Lis("x", "UPARIS")), HOST)
                .memberId()).isEqualTo(PARIS);
        assertThat(MemberAttribution.attribute(byPerson, launch(Map.of(), new LaunchClaims.Lis("uparis_123", null)), HOST)
                .memberId()).isEqualTo(PARIS);
    }

    @Test
    void aMissingUnknownOrUnsubstitutedValueFallsBackToTheRegistrationsMember() {
        MemberAttribution rule = new MemberAttribution(UUID.randomUUID(), MemberAttribution.Source.CUSTOM_PARAMETER,
                "university", null, Map.of("UPARIS", PARIS));

        assertThat(MemberAttribution.attribute(rule, launch(Map.of(), null), HOST))
                .isEqualTo(new MemberAttribution.Attributed(HOST, null, MemberAttribution.Outcome.FALLBACK));
        assertThat(MemberAttribution.attribute(rule, launch(Map.of("university", "ULYON"), null), HOST))
                .isEqualTo(new MemberAttribution.Attributed(HOST, "ULYON", MemberAttribution.Outcome.FALLBACK));
        // Moodle sends a variable it cannot substitute verbatim
        assertThat(MemberAttribution.attribute(rule, launch(Map.of("university", "$Person.sourcedId"), null), HOST)
                .outcome()).isEqualTo(MemberAttribution.Outcome.FALLBACK);
    }
}

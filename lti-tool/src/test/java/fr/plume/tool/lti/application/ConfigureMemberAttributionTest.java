package fr.plume.tool.lti.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.tool.identity.api.Members;
import fr.plume.tool.lti.api.NewRegistration;
import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.lti.domain.MemberAttribution;
import fr.plume.tool.lti.support.InMemoryMemberAttributions;
import fr.plume.tool.lti.support.InMemoryRegistrations;
import fr.plume.tool.shared.domain.PlumeProblemException;
import fr.plume.tool.support.InMemoryMembers;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The consortium administrator sets the attribution rule of a shared platform, from a form. */
class ConfigureMemberAttributionTest {

    private final InMemoryRegistrations registrations = new InMemoryRegistrations();
    private final InMemoryMemberAttributions attributions = new InMemoryMemberAttributions();
    private final InMemoryMembers members = new InMemoryMembers();
    private final ConfigureMemberAttribution configure = new ConfigureMemberAttribution(registrations, attributions,
            members);
    private final Members.Member host = members.ensure("sonate", "Sonate");
    private final Members.Member paris = members.ensure("uparis", "Université Paris");
    private final RegistrationView registration = registrations.registerActive(new NewRegistration(host.id(), "Sonate",
            "https://sonate.test", "plume", URI.create("https://sonate.test/auth"), URI.create("https://sonate.test/token"),
            URI.create("https://sonate.test/certs"), List.of("1")));

    @Test
    void savesTheRuleWithItsValuesMappedToMemberCodes() {
        configure.save(registration.id(), new ConfigureMemberAttribution.Input("COURSE_SOURCEDID", "ignored", "-",
                "# value = member code\nup = uparis\n\nSONATE sonate"));

        MemberAttribution rule = attributions.find(registration.id()).orElseThrow();
        assertThat(rule.source()).isEqualTo(MemberAttribution.Source.COURSE_SOURCEDID);
        assertThat(rule.parameter()).as("only a custom parameter rule names one").isNull();
        assertThat(rule.separator()).isEqualTo("-");
        assertThat(rule.members()).isEqualTo(Map.of("UP", paris.id(), "SONATE", host.id()));
        assertThat(configure.show(registration.id()).values()).isEqualTo("SONATE = sonate\nUP = uparis");
    }

    @Test
    void anEmptySourceRemovesTheRule() {
        configure.save(registration.id(), new ConfigureMemberAttribution.Input("PERSON_SOURCEDID", null, null, "UP=uparis"));

        configure.save(registration.id(), new ConfigureMemberAttribution.Input("", null, null, null));

        assertThat(attributions.find(registration.id())).isEmpty();
    }

    @Test
    void refusesAnUnknownMemberCodeAMissingParameterAndAnUnknownRegistration() {
        assertRefused(() -> configure.save(registration.id(),
                new ConfigureMemberAttribution.Input("PERSON_SOURCEDID", null, null, "UP = nowhere")), "values");
        assertRefused(() -> configure.save(registration.id(),
                new ConfigureMemberAttribution.Input("CUSTOM_PARAMETER", " ", null, "UP = uparis")), "parameter");
        assertRefused(() -> configure.save(registration.id(),
                new ConfigureMemberAttribution.Input("CATEGORY", null, null, "")), "source");
        assertThatThrownBy(() -> configure.show(UUID.randomUUID())).isInstanceOfSatisfying(PlumeProblemException.class,
                p -> assertThat(p.code()).isEqualTo("LTI-REGISTRATION-NOT-FOUND"));
        assertThat(attributions.find(registration.id())).isEmpty();
    }

    private static void assertRefused(Runnable call, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(PlumeProblemException.class, p -> {
            assertThat(p.code()).isEqualTo("LTI-ATTRIBUTION-INVALID");
            assertThat(p.arguments()).containsExactly(field);
        });
    }
}

package fr.plume.tool.lti.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.tool.identity.api.Members;
import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.lti.domain.PlatformUrls;
import fr.plume.tool.lti.support.InMemoryRegistrations;
import fr.plume.tool.shared.domain.PlumeProblemException;
import fr.plume.tool.support.InMemoryMembers;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A platform registered by hand: every value checked, the member found by id or code, deployments parsed. */
class RegisterPlatformTest {

    private final InMemoryRegistrations registrations = new InMemoryRegistrations();
    private final InMemoryMembers members = new InMemoryMembers();
    private final RegisterPlatform registerPlatform = new RegisterPlatform(registrations, members,
            new PlatformUrls(false));
    private final Members.Member member = members.ensure("uni-a", "Université A");

    private static RegisterPlatform.Input input(UUID memberId, String memberCode, String label, String issuer,
            String deployments) {
        return new RegisterPlatform.Input(memberId, memberCode, label, issuer, " client-1 ",
                issuer + "/mod/lti/auth.php", issuer + "/mod/lti/token.php", issuer + "/mod/lti/certs.php", deployments);
    }

    @Test
    void registersAnActivePlatformForTheMemberWithItsDeployments() {
        RegistrationView saved = registerPlatform.register(input(member.id(), null, " Moodle A ",
                "https://moodle.a.example", "3, 4 4\n5"));

        assertThat(saved.memberId()).isEqualTo(member.id());
        assertThat(saved.label()).isEqualTo("Moodle A");
        assertThat(saved.clientId()).isEqualTo("client-1");
        assertThat(saved.status()).isEqualTo("ACTIVE");
        assertThat(saved.deploymentIds()).containsExactly("3", "4", "5");
        assertThat(saved.tokenEndpoint()).isEqualTo(URI.create("https://moodle.a.example/mod/lti/token.php"));
        assertThat(registrations.find("https://moodle.a.example", "client-1")).contains(saved);
    }

    @Test
    void findsTheMemberByItsCodeAndNamesThePlatformAfterItsHostByDefault() {
        RegistrationView saved = registerPlatform.register(input(null, " uni-a ", " ", "https://moodle.b.example",
                null));

        assertThat(saved.memberId()).isEqualTo(member.id());
        assertThat(saved.label()).isEqualTo("moodle.b.example");
        assertThat(saved.deploymentIds()).isEmpty();
    }

    @Test
    void aPlainHttpPlatformIsAcceptedOnlyOnTheLoopbackInterface() {
        assertThat(registerPlatform.register(input(member.id(), null, null, "http://localhost:8081", "1")).issuer())
                .isEqualTo("http://localhost:8081");
        assertInvalid(input(member.id(), null, null, "http://moodle.example", "1"), "issuer");
    }

    @Test
    void refusesMissingOrMalformedValuesNamingTheField() {
        assertInvalid(input(null, null, null, "https://moodle.example", null), "member");
        assertInvalid(input(member.id(), null, null, " ", null), "issuer");
        assertInvalid(new RegisterPlatform.Input(member.id(), null, null, "https://moodle.example", null,
                "https://moodle.example/auth", "https://moodle.example/token", "https://moodle.example/jwks", null),
                "clientId");
        assertInvalid(new RegisterPlatform.Input(member.id(), null, null, "https://moodle.example", "c",
                "https://moodle.example/auth", "ftp://moodle.example/token", "https://moodle.example/jwks", null),
                "tokenEndpoint");
        assertInvalid(new RegisterPlatform.Input(member.id(), null, null, "https://moodle.example", "c",
                "https://moodle.example/auth", "https://moodle.example/token", "x".repeat(1001), null), "jwksUri");
        assertThat(registrations.all()).isEmpty();
    }

    @Test
    void anUnknownMemberIsNotFound() {
        for (RegisterPlatform.Input unknown : new RegisterPlatform.Input[] {
                input(UUID.randomUUID(), null, null, "https://moodle.example", null),
                input(null, "nobody", null, "https://moodle.example", null)}) {
            assertThatThrownBy(() -> registerPlatform.register(unknown))
                    .isInstanceOfSatisfying(PlumeProblemException.class, e -> {
                        assertThat(e.code()).isEqualTo("LTI-MEMBER-UNKNOWN");
                        assertThat(e.status()).isEqualTo(404);
                    });
        }
        assertThat(registrations.all()).isEmpty();
    }

    private void assertInvalid(RegisterPlatform.Input input, String field) {
        assertThatThrownBy(() -> registerPlatform.register(input)).isInstanceOfSatisfying(PlumeProblemException.class,
                e -> {
                    assertThat(e.code()).isEqualTo("LTI-REGISTRATION-INVALID");
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.arguments()).containsExactly(field);
                });
    }
}

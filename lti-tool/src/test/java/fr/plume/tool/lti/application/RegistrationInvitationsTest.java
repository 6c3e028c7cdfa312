package fr.plume.tool.lti.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.shared.domain.DeploymentSecret;
import org.junit.jupiter.api.Test;

/** The signed Dynamic Registration invitation: valid for its member only, and only under this deployment's secret. */
class RegistrationInvitationsTest {

    private final RegistrationInvitations invitations =
            new RegistrationInvitations(new DeploymentSecret("a-secret-of-at-least-thirty-two-bytes!"));

    @Test
    void theSignatureOfAMemberValidatesThatMemberOnly() {
        String signature = invitations.signature("uni-a");

        assertThat(signature).hasSize(32).matches("[A-Za-z0-9_-]+");
        assertThat(invitations.signature("uni-a")).as("stable").isEqualTo(signature);
        assertThat(invitations.valid("uni-a", signature)).isTrue();
        assertThat(invitations.valid("uni-b", signature)).isFalse();
        assertThat(invitations.valid("uni-a", signature.substring(1) + "x")).isFalse();
    }

    @Test
    void anotherDeploymentsSecretSignsDifferently() {
        RegistrationInvitations elsewhere =
                new RegistrationInvitations(new DeploymentSecret("another-secret-of-thirty-two-bytes!!"));

        assertThat(elsewhere.valid("uni-a", invitations.signature("uni-a"))).isFalse();
    }

    @Test
    void aMissingCodeOrSignatureIsNeverValid() {
        assertThat(invitations.valid(null, invitations.signature("uni-a"))).isFalse();
        assertThat(invitations.valid("uni-a", null)).isFalse();
        assertThat(invitations.valid("uni-a", "")).isFalse();
    }
}

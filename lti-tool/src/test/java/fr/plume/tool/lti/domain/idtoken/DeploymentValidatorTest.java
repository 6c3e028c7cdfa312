package fr.plume.tool.lti.domain.idtoken;

import static fr.plume.tool.lti.domain.idtoken.ValidClaims.REGISTRATION;
import static fr.plume.tool.lti.domain.idtoken.ValidClaims.with;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.tool.lti.api.LtiClaims;
import fr.plume.tool.lti.domain.LaunchRejected;
import org.junit.jupiter.api.Test;

class DeploymentValidatorTest {

    private final DeploymentValidator validator = new DeploymentValidator();

    @Test
    void acceptsADeploymentOfTheRegistration() {
        assertThatCode(() -> validator.validate(with(c -> c), REGISTRATION)).doesNotThrowAnyException();
    }

    @Test
    void refusesAMissingOrUnknownDeployment() {
        assertThatThrownBy(() -> validator.validate(with(c -> c.claim(LtiClaims.DEPLOYMENT_ID, null)), REGISTRATION))
                .hasMessage("LTI-DEPLOYMENT-MISSING");
        assertThatThrownBy(() -> validator.validate(with(c -> c.claim(LtiClaims.DEPLOYMENT_ID, "4")), REGISTRATION))
                .hasMessage("LTI-DEPLOYMENT-UNKNOWN")
                .isInstanceOfSatisfying(LaunchRejected.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.status()).isEqualTo(403));
    }
}

package fr.plume.tool.lti.domain.idtoken;

import static fr.plume.tool.lti.domain.idtoken.ValidClaims.REGISTRATION;
import static fr.plume.tool.lti.domain.idtoken.ValidClaims.with;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.tool.lti.api.LtiClaims;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageClaimsValidatorTest {

    private final MessageClaimsValidator validator = new MessageClaimsValidator();

    @Test
    void acceptsAResourceLinkLaunchAndADeepLinkingRequest() {
        assertThatCode(() -> validator.validate(with(c -> c), REGISTRATION)).doesNotThrowAnyException();
        assertThatCode(() -> validator.validate(with(ValidClaims::deepLinking), REGISTRATION))
                .doesNotThrowAnyException();
    }

    @Test
    void requiresSubjectAndRoles() {
        assertThatThrownBy(() -> validator.validate(with(c -> c.subject(" ")), REGISTRATION))
                .hasMessage("LTI-SUB-MISSING");
        assertThatThrownBy(() -> validator.validate(with(c -> c.claim(LtiClaims.ROLES, "Instructor")), REGISTRATION))
                .hasMessage("LTI-ROLES-MISSING");
    }

    @Test
    void requiresTheResourceLinkOfALaunch() {
        assertThatThrownBy(() -> validator.validate(with(c -> c.claim(LtiClaims.RESOURCE_LINK, Map.of("title", "t"))),
                REGISTRATION)).hasMessage("LTI-RESOURCE-LINK-MISSING");
    }

    @Test
    void requiresTheDeepLinkingReturnUrl() {
        assertThatThrownBy(() -> validator.validate(with(c -> ValidClaims.deepLinking(c)
                .claim(LtiClaims.DEEP_LINKING_SETTINGS, Map.of("accept_types", List.of("ltiResourceLink")))),
                REGISTRATION)).hasMessage("LTI-DEEP-LINKING-SETTINGS-MISSING");
    }
}

package fr.plume.tool.lti.domain.idtoken;

import static fr.plume.tool.lti.domain.idtoken.ValidClaims.REGISTRATION;
import static fr.plume.tool.lti.domain.idtoken.ValidClaims.with;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.tool.lti.api.LtiClaims;
import fr.plume.tool.lti.domain.ToolBaseUrl;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetLinkUriValidatorTest {

    private final TargetLinkUriValidator validator = new TargetLinkUriValidator(ToolBaseUrl.of("https://plume.example"));

    @Test
    void requiresTheTargetOfAResourceLinkLaunch() {
        assertThatThrownBy(() -> validator.validate(with(c -> c.claim(LtiClaims.TARGET_LINK_URI, null)), REGISTRATION))
                .hasMessage("LTI-TARGET-LINK-URI-MISSING");
        assertThatCode(() -> validator.validate(with(c -> ValidClaims.deepLinking(c)
                .claim(LtiClaims.TARGET_LINK_URI, null)), REGISTRATION)).doesNotThrowAnyException();
    }

    @Test
    void rejectsATargetOutsideTheToolForEveryMessage() {
        for (String foreign : List.of("https://evil.example/lti/launch", "http://plume.example/lti/launch",
                "https://plume.example:8443/lti/launch", "https://plume.example.evil.example/lti/launch",
                "https://user@evil.example/lti/launch", "/lti/launch", "not a url")) {
            assertThatThrownBy(() -> validator.validate(with(c -> c.claim(LtiClaims.TARGET_LINK_URI, foreign)),
                    REGISTRATION)).as(foreign).hasMessage("LTI-TARGET-LINK-URI-FOREIGN");
        }
        assertThatThrownBy(() -> validator.validate(with(c -> ValidClaims.deepLinking(c)
                .claim(LtiClaims.TARGET_LINK_URI, "https://evil.example/x")), REGISTRATION))
                .hasMessage("LTI-TARGET-LINK-URI-FOREIGN");
    }

    @Test
    void acceptsAnAddressOfTheTool() {
        assertThatCode(() -> validator.validate(with(c -> c.claim(LtiClaims.TARGET_LINK_URI,
                "https://PLUME.example:443/lti/launch?x=1")), REGISTRATION)).doesNotThrowAnyException();
    }
}

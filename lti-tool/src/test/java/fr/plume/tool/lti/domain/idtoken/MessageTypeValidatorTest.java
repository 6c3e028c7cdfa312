package fr.plume.tool.lti.domain.idtoken;

import static fr.plume.tool.lti.domain.idtoken.ValidClaims.REGISTRATION;
import static fr.plume.tool.lti.domain.idtoken.ValidClaims.with;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.tool.lti.api.LtiClaims;
import org.junit.jupiter.api.Test;

class MessageTypeValidatorTest {

    private final MessageTypeValidator validator = new MessageTypeValidator();

    @Test
    void acceptsResourceLinkAndDeepLinkingRequestsOfLti13() {
        assertThatCode(() -> validator.validate(with(c -> c), REGISTRATION)).doesNotThrowAnyException();
        assertThatCode(() -> validator.validate(with(ValidClaims::deepLinking), REGISTRATION))
                .doesNotThrowAnyException();
    }

    @Test
    void requiresVersion130() {
        assertThatThrownBy(() -> validator.validate(with(c -> c.claim(LtiClaims.VERSION, null)), REGISTRATION))
                .hasMessage("LTI-VERSION-MISSING");
        assertThatThrownBy(() -> validator.validate(with(c -> c.claim(LtiClaims.VERSION, "1.1")), REGISTRATION))
                .hasMessage("LTI-VERSION-UNSUPPORTED");
    }

    @Test
    void refusesOtherMessages() {
        assertThatThrownBy(() -> validator.validate(with(c -> c.claim(LtiClaims.MESSAGE_TYPE, null)), REGISTRATION))
                .hasMessage("LTI-MESSAGE-TYPE-MISSING");
        assertThatThrownBy(() -> validator.validate(with(c -> c.claim(LtiClaims.MESSAGE_TYPE,
                "LtiSubmissionReviewRequest")), REGISTRATION)).hasMessage("LTI-MESSAGE-TYPE-UNSUPPORTED");
    }
}

package fr.plume.tool.lti.domain.idtoken;

import static fr.plume.tool.lti.domain.idtoken.ValidClaims.REGISTRATION;
import static fr.plume.tool.lti.domain.idtoken.ValidClaims.with;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NonceValidatorTest {

    private final NonceValidator validator = new NonceValidator();

    @Test
    void requiresANonce() {
        assertThatCode(() -> validator.validate(with(c -> c), REGISTRATION)).doesNotThrowAnyException();
        assertThatThrownBy(() -> validator.validate(with(c -> c.claim("nonce", null)), REGISTRATION))
                .hasMessage("LTI-NONCE-MISSING");
        assertThatThrownBy(() -> validator.validate(with(c -> c.claim("nonce", " ")), REGISTRATION))
                .hasMessage("LTI-NONCE-MISSING");
        assertThatThrownBy(() -> validator.validate(with(c -> c.claim("nonce", 42)), REGISTRATION))
                .hasMessage("LTI-NONCE-MISSING");
    }
}

package fr.plume.tool.lti.domain.idtoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.tool.lti.domain.LaunchRejected;
import org.junit.jupiter.api.Test;

class TokenSizeValidatorTest {

    private final TokenSizeValidator validator = new TokenSizeValidator();

    @Test
    void rejectsATokenOverTheCapWith413() {
        assertThatThrownBy(() -> validator.validate("x".repeat(TokenSizeValidator.MAX_ID_TOKEN_LENGTH + 1)))
                .hasMessage("LTI-IDTOKEN-TOO-LARGE")
                .isInstanceOfSatisfying(LaunchRejected.class, e -> assertThat(e.status()).isEqualTo(413));
    }

    @Test
    void acceptsATokenAtTheCap() {
        assertThatCode(() -> validator.validate("x".repeat(TokenSizeValidator.MAX_ID_TOKEN_LENGTH)))
                .doesNotThrowAnyException();
    }
}

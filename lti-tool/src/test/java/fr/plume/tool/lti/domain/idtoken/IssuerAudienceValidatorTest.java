package fr.plume.tool.lti.domain.idtoken;

import static fr.plume.tool.lti.domain.idtoken.ValidClaims.REGISTRATION;
import static fr.plume.tool.lti.domain.idtoken.ValidClaims.with;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class IssuerAudienceValidatorTest {

    private final IssuerAudienceValidator validator = new IssuerAudienceValidator();

    @Test
    void acceptsTheRegisteredIssuerForOurClient() {
        assertThatCode(() -> validator.validate(with(c -> c), REGISTRATION)).doesNotThrowAnyException();
        assertThatCode(() -> validator.validate(with(c -> c.audience(List.of("client-1", "other")).claim("azp",
                "client-1")), REGISTRATION)).doesNotThrowAnyException();
    }

    @Test
    void rejectsAnotherIssuer() {
        assertThatThrownBy(() -> validator.validate(with(c -> c.issuer("https://evil.example")), REGISTRATION))
                .hasMessage("LTI-ISS-MISMATCH");
    }

    @Test
    void rejectsATokenForAnotherClient() {
        assertThatThrownBy(() -> validator.validate(with(c -> c.audience("client-2")), REGISTRATION))
                .hasMessage("LTI-AUD-MISMATCH");
        assertThatThrownBy(() -> validator.validate(with(c -> c.audience((String) null)), REGISTRATION))
                .hasMessage("LTI-AUD-MISMATCH");
    }

    @Test
    void requiresOurAzpWhenThereAreSeveralAudiences() {
        assertThatThrownBy(() -> validator.validate(with(c -> c.audience(List.of("client-1", "other"))),
                REGISTRATION)).hasMessage("LTI-AZP-MISSING");
        assertThatThrownBy(() -> validator.validate(with(c -> c.claim("azp", "other")), REGISTRATION))
                .hasMessage("LTI-AZP-MISMATCH");
    }
}

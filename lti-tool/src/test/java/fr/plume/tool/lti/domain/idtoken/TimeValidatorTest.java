package fr.plume.tool.lti.domain.idtoken;

import static fr.plume.tool.lti.domain.idtoken.ValidClaims.NOW;
import static fr.plume.tool.lti.domain.idtoken.ValidClaims.REGISTRATION;
import static fr.plume.tool.lti.domain.idtoken.ValidClaims.with;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Date;
import org.junit.jupiter.api.Test;

class TimeValidatorTest {

    private final TimeValidator validator = new TimeValidator(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void toleratesSixtySecondsOfClockSkewAndNoMore() {
        assertThatCode(() -> validator.validate(with(c -> c.expirationTime(Date.from(NOW.minusSeconds(59)))),
                REGISTRATION)).doesNotThrowAnyException();
        assertThatCode(() -> validator.validate(with(c -> c.issueTime(Date.from(NOW.plusSeconds(59)))),
                REGISTRATION)).doesNotThrowAnyException();
        assertThatThrownBy(() -> validator.validate(with(c -> c.expirationTime(Date.from(NOW.minusSeconds(61)))),
                REGISTRATION)).hasMessage("LTI-TOKEN-EXPIRED");
        assertThatThrownBy(() -> validator.validate(with(c -> c.issueTime(Date.from(NOW.plusSeconds(61)))),
                REGISTRATION)).hasMessage("LTI-IAT-INVALID");
    }

    @Test
    void requiresBothTimes() {
        assertThatThrownBy(() -> validator.validate(with(c -> c.expirationTime(null)), REGISTRATION))
                .hasMessage("LTI-TOKEN-EXPIRED");
        assertThatThrownBy(() -> validator.validate(with(c -> c.issueTime(null)), REGISTRATION))
                .hasMessage("LTI-IAT-INVALID");
    }
}

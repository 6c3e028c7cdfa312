package fr.plume.tool.lti.domain.idtoken;

import com.nimbusds.jwt.JWTClaimsSet;
import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.lti.domain.LaunchRejected;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/** Not expired, not issued in the future (Security Framework §5.1.3 steps 7-8), within {@link #LEEWAY}. */
public final class TimeValidator implements ClaimsValidator {

    /** Clock skew tolerated on exp and iat (DESIGN §5: Moodle sets exp = iat + 60 s). */
    public static final Duration LEEWAY = Duration.ofSeconds(60);

    private final Clock clock;

    public TimeValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void validate(JWTClaimsSet claims, RegistrationView registration) {
        Instant now = clock.instant();
        Date exp = claims.getExpirationTime();
        if (exp == null || now.isAfter(exp.toInstant().plus(LEEWAY))) {
            throw new LaunchRejected("LTI-TOKEN-EXPIRED", 401);
        }
        Date iat = claims.getIssueTime();
        if (iat == null || iat.toInstant().isAfter(now.plus(LEEWAY))) {
            throw new LaunchRejected("LTI-IAT-INVALID", 401);
        }
    }
}

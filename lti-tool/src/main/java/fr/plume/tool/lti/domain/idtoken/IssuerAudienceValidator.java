package fr.plume.tool.lti.domain.idtoken;

import com.nimbusds.jwt.JWTClaimsSet;
import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.lti.domain.LaunchRejected;
import java.util.List;

/** The token comes from the registered issuer, for our client_id (Security Framework §5.1.3 steps 2-4). */
public final class IssuerAudienceValidator implements ClaimsValidator {

    @Override
    public void validate(JWTClaimsSet claims, RegistrationView registration) {
        if (!registration.issuer().equals(claims.getIssuer())) {
            throw new LaunchRejected("LTI-ISS-MISMATCH", 401);
        }
        String clientId = registration.clientId();
        List<String> audience = claims.getAudience();
        if (audience == null || !audience.contains(clientId)) {
            throw new LaunchRejected("LTI-AUD-MISMATCH", 401);
        }
        String azp = Claims.string(claims, "azp");
        // OpenID Connect Core §3.1.3.7 (5, 6): azp is required with several audiences and must
        // then be our client_id.
        if (audience.size() > 1 && azp == null) {
            throw new LaunchRejected("LTI-AZP-MISSING", 401);
        }
        if (azp != null && !azp.equals(clientId)) {
            throw new LaunchRejected("LTI-AZP-MISMATCH", 401);
        }
    }
}

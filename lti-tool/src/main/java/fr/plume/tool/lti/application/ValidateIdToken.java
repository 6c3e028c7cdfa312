package fr.plume.tool.lti.application;

import com.nimbusds.jwt.JWTClaimsSet;
import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.lti.domain.LaunchClaims;
import fr.plume.tool.lti.domain.PlatformKeys;
import fr.plume.tool.lti.domain.ToolBaseUrl;
import fr.plume.tool.lti.domain.idtoken.ClaimsValidator;
import fr.plume.tool.lti.domain.idtoken.DeploymentValidator;
import fr.plume.tool.lti.domain.idtoken.IssuerAudienceValidator;
import fr.plume.tool.lti.domain.idtoken.LaunchClaimsReader;
import fr.plume.tool.lti.domain.idtoken.MessageClaimsValidator;
import fr.plume.tool.lti.domain.idtoken.MessageTypeValidator;
import fr.plume.tool.lti.domain.idtoken.NonceValidator;
import fr.plume.tool.lti.domain.idtoken.SignatureValidator;
import fr.plume.tool.lti.domain.idtoken.TargetLinkUriValidator;
import fr.plume.tool.lti.domain.idtoken.TimeValidator;
import fr.plume.tool.lti.domain.idtoken.TokenSizeValidator;
import fr.plume.tool.shared.domain.PublicUrl;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.util.function.SingletonSupplier;

/**
 * Every stateless check of an LTI 1.3 id_token, in the order of 1EdTech Security Framework
 * §5.1.3 (then LTI Core §5.3, Deep Linking §4.4): its size, its signature, then each claims
 * validator in turn; the first that fails gives the reason code. The one-time nonce and the
 * state binding are checked by {@link CompleteLaunch}, which holds the stores.
 */
@Service
public class ValidateIdToken {

    private final TokenSizeValidator size = new TokenSizeValidator();
    private final SignatureValidator signature;
    private final List<ClaimsValidator> validators;

    /**
     * The public URL may come from the listening port, known only once the server runs: it is
     * read at the first launch (which the listening server receives) and kept.
     */
    @Autowired
    ValidateIdToken(PlatformKeys keys, Clock clock, PublicUrl publicUrl) {
        this(keys, clock, SingletonSupplier.of(() -> ToolBaseUrl.of(publicUrl.base())));
    }

    /**
     * @param tool the tool's public URL: a launch must target one of its addresses
     */
    public ValidateIdToken(PlatformKeys keys, Clock clock, ToolBaseUrl tool) {
        this(keys, clock, () -> tool);
    }

    private ValidateIdToken(PlatformKeys keys, Clock clock, Supplier<ToolBaseUrl> tool) {
        this.signature = new SignatureValidator(keys);
        this.validators = List.of(new IssuerAudienceValidator(), new TimeValidator(clock), new NonceValidator(),
                new MessageTypeValidator(), new DeploymentValidator(), new MessageClaimsValidator(),
                new TargetLinkUriValidator(tool));
    }

    public LaunchClaims validate(String idToken, RegistrationView registration) {
        size.validate(idToken);
        JWTClaimsSet claims = signature.verify(idToken, registration);
        for (ClaimsValidator validator : validators) {
            validator.validate(claims, registration);
        }
        return LaunchClaimsReader.read(claims);
    }
}

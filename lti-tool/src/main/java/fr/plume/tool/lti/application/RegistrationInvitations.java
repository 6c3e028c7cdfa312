package fr.plume.tool.lti.application;

import fr.plume.tool.shared.domain.DeploymentSecret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * The Dynamic Registration URL a consortium administrator hands to a member's Moodle
 * administrator carries the member code and an HMAC of it: nobody can attach a platform of
 * their own to another member, nor make the tool fetch URLs, without that link.
 */
@Component
public class RegistrationInvitations {

    private final byte[] key;

    RegistrationInvitations(DeploymentSecret secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.value().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            this.key = mac.doFinal("plume/lti/dynamic-registration-invitation".getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String signature(String memberCode) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal(memberCode.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 32);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean valid(String memberCode, String signature) {
        if (memberCode == null || signature == null) {
            return false;
        }
        return MessageDigest.isEqual(signature(memberCode).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }
}

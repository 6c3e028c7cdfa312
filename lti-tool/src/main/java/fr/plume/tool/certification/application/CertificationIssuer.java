package fr.plume.tool.certification.application;

import fr.plume.tool.certification.domain.OpenBadgeCredentials;
import fr.plume.tool.shared.domain.PublicUrl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The issuer the credentials name: the tool's public address and the consortium's name. */
@Component
public class CertificationIssuer {

    private final PublicUrl publicUrl;
    private final String name;

    CertificationIssuer(PublicUrl publicUrl, @Value("${plume.certification.issuer-name:Plume}") String name) {
        this.publicUrl = publicUrl;
        this.name = name;
    }

    public OpenBadgeCredentials.Issuer issuer() {
        return new OpenBadgeCredentials.Issuer(publicUrl.base(), name);
    }
}

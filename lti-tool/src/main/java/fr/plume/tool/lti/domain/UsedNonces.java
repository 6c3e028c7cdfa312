package fr.plume.tool.lti.domain;

import java.time.Instant;

/** Nonces already spent per issuer. */
public interface UsedNonces {

    boolean spent(String issuer, String nonce);

    int deleteExpired(Instant now);
}

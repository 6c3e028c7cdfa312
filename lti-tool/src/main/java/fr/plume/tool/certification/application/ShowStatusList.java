package fr.plume.tool.certification.application;

import fr.plume.tool.certification.domain.Certificates;
import fr.plume.tool.certification.domain.CertificationSettings;
import fr.plume.tool.certification.domain.OpenBadgeCredentials;
import fr.plume.tool.certification.domain.StatusBitstring;
import fr.plume.tool.certification.domain.StatusLists;
import fr.plume.tool.lti.api.ToolSignatures;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/**
 * The signed Bitstring Status List credential of one list, for any verifier: the revoked
 * indexes set, signed with the tool's key. Kept by each node for the verification cache time.
 */
@Service
public class ShowStatusList {

    private final StatusLists lists;
    private final Certificates certificates;
    private final ToolSignatures signatures;
    private final CertificationIssuer issuer;
    private final CertificationSettings settings;
    private final Clock clock;
    private final Map<UUID, Signed> cache = new ConcurrentHashMap<>();

    private record Signed(String jwt, Instant until) {
    }

    ShowStatusList(StatusLists lists, Certificates certificates, ToolSignatures signatures, CertificationIssuer issuer,
            CertificationSettings settings, Clock clock) {
        this.lists = lists;
        this.certificates = certificates;
        this.signatures = signatures;
        this.issuer = issuer;
        this.settings = settings;
        this.clock = clock;
    }

    /** The compact VC-JWT of the list, or empty when there is no such list. */
    public Optional<String> signedList(UUID listId) {
        Instant now = clock.instant();
        Signed cached = cache.get(listId);
        if (cached != null && cached.until().isAfter(now)) {
            return Optional.of(cached.jwt());
        }
        return lists.byId(listId).map(list -> {
            StatusBitstring bits = new StatusBitstring(list.sizeBits());
            certificates.revokedIndexes(listId).forEach(bits::set);
            String jwt = signatures.signJwt(OpenBadgeCredentials.statusList(listId, bits, issuer.issuer(),
                    now.truncatedTo(ChronoUnit.SECONDS)), OpenBadgeCredentials.JWT_TYPE);
            cache.put(listId, new Signed(jwt, now.plus(settings.verificationCacheTtl())));
            return jwt;
        });
    }

    void forget(UUID listId) {
        cache.remove(listId);
    }
}

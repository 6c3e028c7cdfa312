package fr.plume.tool.certification;

import fr.plume.tool.certification.api.CandidateCertified;
import fr.plume.tool.certification.api.CandidateCertified.AreaLevel;
import fr.plume.tool.certification.domain.Certificate;
import fr.plume.tool.certification.domain.StatusSlot;
import fr.plume.tool.certification.domain.VerificationCode;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Published candidates and certificates for the certification tests. */
public final class CertificateFixtures {

    private CertificateFixtures() {
    }

    public static final List<AreaLevel> DOMAINS = List.of(new AreaLevel("1", 4, 0.3, false),
            new AreaLevel("2", 3, 0.4, false));
    public static final List<AreaLevel> COMPETENCIES = List.of(new AreaLevel("1.1", 4, 0.35, false),
            new AreaLevel("1.2", 4, 0.4, false), new AreaLevel("2.1", 3, 0.5, false),
            new AreaLevel("2.2", 2, 0.9, true));

    /** A candidate published now, of member {@code memberId}, for the framework version {@code frameworkVersion}. */
    public static CandidateCertified published(UUID memberId, UUID userId, String holderName, String frameworkVersion,
            Instant at) {
        return new CandidateCertified(UUID.randomUUID(), UUID.randomUUID(), memberId, userId, holderName,
                "certification-ecrit", frameworkVersion, LocalDate.of(2026, 11, 20), 667, 30, 4, DOMAINS,
                COMPETENCIES, at);
    }

    public static Certificate certificate(Instant issuedAt) {
        return new Certificate(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), VerificationCode.random(new SecureRandom()), "Zoé Ŀ'Hôpital-Ñúñez",
                "certification-ecrit", null, LocalDate.of(2026, 11, 20), 667, 30, 4, DOMAINS, COMPETENCIES,
                issuedAt.truncatedTo(ChronoUnit.SECONDS), issuedAt.plus(1826, ChronoUnit.DAYS),
                new StatusSlot(UUID.randomUUID(), 4242), false, null);
    }
}

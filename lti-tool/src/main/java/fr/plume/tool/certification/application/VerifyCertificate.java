package fr.plume.tool.certification.application;

import fr.plume.framework.model.Framework;
import fr.plume.tool.certification.domain.Certificate;
import fr.plume.tool.certification.domain.CertificateState;
import fr.plume.tool.certification.domain.Certificates;
import fr.plume.tool.certification.domain.CertificationSettings;
import fr.plume.tool.certification.domain.HashedKey;
import fr.plume.tool.certification.domain.RequestTally;
import fr.plume.tool.certification.domain.VerificationCode;
import fr.plume.tool.certification.domain.VerificationCounters;
import fr.plume.tool.shared.domain.ClientNetwork;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Answers a verification by code, for anyone, without sign-in. Every client is counted per
 * minute and refused past the configured rate: each node counts in memory and adds its counts to
 * PostgreSQL every second, where all nodes share them ({@link RequestTally}). A
 * mistyped code (wrong check symbol) is told apart, as typing mistakes happen; any well-formed
 * code takes the same path, cache then database, whether it was issued or not, and an unknown
 * one is answered "unknown" and nothing else. Answers, unknown ones included, are kept for a
 * short time by each node: a revocation made on another node shows within that time.
 */
@Service
public class VerifyCertificate {

    public static final String RATE_LIMITED = "CERT-VERIFY-RATE-LIMITED";
    public static final String TYPO = "CERT-CODE-TYPO";
    public static final String MALFORMED = "CERT-CODE-MALFORMED";
    private static final int CACHE_LIMIT = 50_000;

    private final Certificates certificates;
    private final CertificateContents contents;
    private final VerificationCounters counters;
    private final CertificationSettings settings;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final RequestTally tally = new RequestTally();

    private record Cached(Verification verification, Instant until) {
    }

    VerifyCertificate(Certificates certificates, CertificateContents contents, VerificationCounters counters,
            CertificationSettings settings, Clock clock) {
        this.certificates = certificates;
        this.contents = contents;
        this.counters = counters;
        this.settings = settings;
        this.clock = clock;
    }

    /** @param clientAddress the client's address (kept only as a hash in the counters) */
    public Verification verify(String typedCode, String clientAddress) {
        throttle(clientAddress);
        VerificationCode.Parsed parsed = VerificationCode.parse(typedCode);
        switch (parsed.reading()) {
            case TYPO -> throw new PlumeProblemException(TYPO, 400);
            case MALFORMED -> throw new PlumeProblemException(MALFORMED, 400);
            default -> { }
        }
        Instant now = clock.instant();
        String key = parsed.code().value();
        Cached cached = cache.get(key);
        if (cached != null && cached.until().isAfter(now)) {
            return withStateAt(cached.verification(), now);
        }
        Verification answer = certificates.byCode(parsed.code()).map(this::verification)
                .orElseGet(() -> Verification.unknown(key));
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(key, new Cached(answer, now.plus(settings.verificationCacheTtl())));
        return withStateAt(answer, now);
    }

    /** Forgets what this node kept about a code (after a revocation or a holder's choice). */
    public void forget(VerificationCode code) {
        cache.remove(code.value());
    }

    /** Adds this node's counts to the shared ones; no database work when nobody verified. */
    @Scheduled(fixedDelayString = "${plume.certification.verification-flush:PT1S}")
    void shareCounts() {
        tally.flush(counters);
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT3M")
    void housekeeping() {
        // the wrong session codes' windows last a quarter of an hour (JoinSession)
        counters.deleteBefore(clock.instant().minus(JoinSession.QUARTER_HOUR.plusMinutes(5)));
        tally.forgetBefore(clock.instant().minus(Duration.ofMinutes(5)));
        Instant now = clock.instant();
        cache.values().removeIf(c -> !c.until().isAfter(now));
    }

    private void throttle(String clientAddress) {
        if (tally.count(client(clientAddress), window()) > settings.verificationsPerMinute()) {
            throw new PlumeProblemException(RATE_LIMITED, 429);
        }
    }

    private Instant window() {
        return clock.instant().truncatedTo(ChronoUnit.MINUTES);
    }

    private Verification verification(Certificate certificate) {
        List<fr.plume.tool.certification.domain.CertificateDocument.AreaLine> domains = List.of();
        List<fr.plume.tool.certification.domain.CertificateDocument.AreaLine> competencies = List.of();
        if (certificate.detailsPublic()) {
            Optional<Framework> framework = contents.frameworkOf(certificate);
            domains = contents.domains(certificate, framework);
            competencies = contents.competencies(certificate, framework);
        }
        return new Verification(certificate.stateAt(clock.instant()), certificate.code().value(),
                certificate.holderName(), certificate.certification(), certificate.sittingDate(), certificate.level(),
                certificate.scoreBand(), certificate.issuedAt(), certificate.validUntil(),
                certificate.revocation() == null ? null : certificate.revocation().at(),
                certificate.revocation() == null ? null : certificate.revocation().reason(), domains, competencies);
    }

    /** A cached valid answer turns to expired when its validity ends, whatever the cache says. */
    private static Verification withStateAt(Verification v, Instant now) {
        if (v.state() == CertificateState.VALID && !now.isBefore(v.validUntil())) {
            return new Verification(CertificateState.EXPIRED, v.code(), v.holderName(), v.certification(),
                    v.sittingDate(), v.level(), v.scoreBand(), v.issuedAt(), v.validUntil(), null, null, v.domains(),
                    v.competencies());
        }
        return v;
    }

    static String client(String address) {
        return HashedKey.of("verify", ClientNetwork.of(address));
    }
}

package fr.plume.tool.certification.application;

import fr.plume.framework.model.Framework;
import fr.plume.tool.certification.api.CandidateCertified;
import fr.plume.tool.certification.domain.AuditTrail;
import fr.plume.tool.certification.domain.Certificate;
import fr.plume.tool.certification.domain.CertificateDocument;
import fr.plume.tool.certification.domain.CertificatePdf;
import fr.plume.tool.certification.domain.Certificates;
import fr.plume.tool.certification.domain.CertificationSettings;
import fr.plume.tool.certification.domain.IssueRequests;
import fr.plume.tool.certification.domain.IssueRequests.ClaimedRequest;
import fr.plume.tool.certification.domain.IssuedCertificate;
import fr.plume.tool.certification.domain.OpenBadgeCredentials;
import fr.plume.tool.certification.domain.StatusLists;
import fr.plume.tool.certification.domain.StatusSlot;
import fr.plume.tool.certification.domain.VerificationCode;
import fr.plume.tool.lti.api.ToolSignatures;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues the queued certificates: a random verification code and status list index, the Open
 * Badges credential signed with the tool's key, the signed PDF/A-3 carrying it, all stored with
 * the removal of the request and the audit log row in one transaction. A failure leaves the request queued and retried
 * later with a growing delay; a candidate already issued is not issued again.
 */
@Service
public class IssueCertificate {

    private static final Logger log = LoggerFactory.getLogger(IssueCertificate.class);
    private static final int MAX_TRIES_FOR_A_FREE_SLOT = 20;
    /** The audit log's actor for certificates the tool issues after the officer's publication. */
    static final String ISSUER = "certificate-issuer";

    private final IssueRequests requests;
    private final Certificates certificates;
    private final StatusLists statusLists;
    private final CertificateContents contents;
    private final CertificatePdf pdf;
    private final ToolSignatures signatures;
    private final CertificationIssuer issuer;
    private final CertificationSettings settings;
    private final MessageSource messages;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final AuditTrail audit;
    private final SecureRandom random = new SecureRandom();

    IssueCertificate(IssueRequests requests, Certificates certificates, StatusLists statusLists,
            CertificateContents contents, CertificatePdf pdf, ToolSignatures signatures, CertificationIssuer issuer,
            CertificationSettings settings, MessageSource messages, Clock clock, TransactionTemplate transaction,
            AuditTrail audit) {
        this.requests = requests;
        this.certificates = certificates;
        this.statusLists = statusLists;
        this.contents = contents;
        this.pdf = pdf;
        this.signatures = signatures;
        this.issuer = issuer;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
        this.transaction = transaction;
        this.audit = audit;
    }

    @Scheduled(initialDelayString = "${plume.certification.issue-poll-interval:PT2S}",
            fixedDelayString = "${plume.certification.issue-poll-interval:PT2S}")
    void scheduled() {
        if (!settings.issueWorkerEnabled()) {
            return;
        }
        try {
            while (drainOnce() > 0) {
                // keep going while there is work
            }
        } catch (RuntimeException e) {
            log.warn("event=certification.issue.drain-failed error={}", e.getClass().getSimpleName());
        }
    }

    /** Claims one batch and issues it; returns how many requests were claimed. */
    public int drainOnce() {
        Instant now = clock.instant();
        List<ClaimedRequest> claimed = transaction.execute(
                status -> requests.claim(now, settings.issueLease(), settings.issueBatchSize()));
        if (claimed == null) {
            return 0;
        }
        for (ClaimedRequest request : claimed) {
            try {
                transaction.executeWithoutResult(status -> {
                    issue(request.event());
                    requests.done(request);
                });
            } catch (RuntimeException e) {
                Instant next = clock.instant().plus(backoff(request.attempts()));
                transaction.executeWithoutResult(status -> requests.retryAt(request, next,
                        e.getClass().getSimpleName()));
                log.warn("event=certification.issue.failed candidate={} attempt={} error={}", request.candidateId(),
                        request.attempts(), e.getClass().getSimpleName());
            }
        }
        return claimed.size();
    }

    /** Issues the certificate of {@code event} in the caller's transaction, unless the candidate has one. */
    public Certificate issue(CandidateCertified event) {
        Optional<Certificate> existing = certificates.byCandidate(event.candidateId());
        if (existing.isPresent()) {
            return existing.get();
        }
        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < MAX_TRIES_FOR_A_FREE_SLOT; i++) {
            Certificate certificate = certificate(event, issuedAt, freeSlot(issuedAt));
            Certificates.Stored stored = certificates.insert(sign(certificate));
            if (stored == Certificates.Stored.STORED) {
                audit.append(certificate.memberId(), ISSUER, "certificate.issued", certificate.candidateId(),
                        "certificate=" + certificate.id() + " level=" + certificate.level());
            }
            if (stored != Certificates.Stored.CODE_OR_SLOT_TAKEN) {
                return certificates.byCandidate(event.candidateId()).orElseThrow();
            }
        }
        throw new IllegalStateException("No free verification code or status slot after "
                + MAX_TRIES_FOR_A_FREE_SLOT + " draws");
    }

    private Certificate certificate(CandidateCertified event, Instant issuedAt, StatusSlot slot) {
        Instant validUntil = issuedAt.atOffset(ZoneOffset.UTC).plus(settings.validity()).toInstant();
        return new Certificate(UUID.randomUUID(), event.candidateId(), event.attemptId(), event.memberId(),
                event.userId(), VerificationCode.random(random), event.holderName(), event.certification(),
                event.frameworkVersion(), event.sittingDate(), event.score(), event.scoreMargin(), event.level(),
                event.domains(), event.competencies(), issuedAt, validUntil, slot, false, null);
    }

    /** A random index of the open list that no certificate uses, so a position says nothing of the order of issue. */
    private StatusSlot freeSlot(Instant now) {
        StatusLists.StatusList list = statusLists.open(now);
        StatusSlot slot;
        do {
            slot = new StatusSlot(list.id(), random.nextInt(list.sizeBits()));
        } while (statusLists.taken(slot));
        return slot;
    }

    private IssuedCertificate sign(Certificate certificate) {
        Optional<Framework> framework = contents.frameworkOf(certificate);
        OpenBadgeCredentials.Issuer by = issuer.issuer();
        String name = messages.getMessage("certificate.name", null, java.util.Locale.FRENCH);
        String jwt = signatures.signJwt(OpenBadgeCredentials.certificate(certificate, by, name,
                framework.map(f -> f.title().fr() + " " + f.version()).orElse(""),
                contents.aligned(certificate, framework)), OpenBadgeCredentials.JWT_TYPE);
        CertificateDocument document = new CertificateDocument(certificate, name,
                messages.getMessage("certificate.name", null, java.util.Locale.ENGLISH),
                contents.domains(certificate, framework), contents.competencies(certificate, framework),
                by.verificationUrl(certificate.code()), jwt);
        return new IssuedCertificate(certificate, jwt, pdf.signedPdf(document));
    }

    private static Duration backoff(int attempts) {
        return Duration.ofSeconds(Math.min(3600, 10L << Math.min(attempts, 9)));
    }
}

package fr.plume.tool.certification.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The JSON of the credentials the tool signs, in the W3C Verifiable Credentials Data Model 2.0
 * shape secured as JWTs (VC-JOSE-COSE §3.1: the payload is the credential, header typ
 * {@code vc+jwt}); the registered claims iss/jti/sub/nbf/exp repeat its issuer, id, subject and
 * validity for plain JWT libraries. An Open Badges 3.0 {@code OpenBadgeCredential} per certificate,
 * and a {@code BitstringStatusListCredential} per status list.
 */
public final class OpenBadgeCredentials {

    static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    public static final String JWT_TYPE = "vc+jwt";

    private OpenBadgeCredentials() {
    }

    /** Who issues: the tool's public address and the consortium's name. */
    public record Issuer(String baseUrl, String name) {

        String id() {
            return baseUrl + "/verify/issuer";
        }

        public String statusListUrl(UUID listId) {
            return baseUrl + "/verify/status-lists/" + listId;
        }

        public String verificationUrl(VerificationCode code) {
            return baseUrl + "/verify/" + code.value();
        }
    }

    /** A competency of the framework as the credential aligns to it (CASE item). */
    public record AlignedCompetency(String code, String name, String caseUri, int level) {
    }

    public static Map<String, Object> certificate(Certificate certificate, Issuer issuer, String achievementName,
            String frameworkName, List<AlignedCompetency> competencies) {
        Map<String, Object> credential = new LinkedHashMap<>();
        String id = "urn:uuid:" + certificate.id();
        credential.put("@context", List.of(VC_CONTEXT, OB_CONTEXT));
        credential.put("id", id);
        credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        credential.put("issuer", Map.of("id", issuer.id(), "type", List.of("Profile"), "name", issuer.name(),
                "url", issuer.baseUrl()));
        credential.put("name", achievementName);
        credential.put("validFrom", iso(certificate.issuedAt()));
        credential.put("validUntil", iso(certificate.validUntil()));
        credential.put("credentialSubject", subject(certificate, achievementName, frameworkName, competencies, issuer));
        credential.put("credentialStatus", Map.of(
                "id", issuer.statusListUrl(certificate.statusSlot().listId()) + "#" + certificate.statusSlot().index(),
                "type", "BitstringStatusListEntry",
                "statusPurpose", "revocation",
                "statusListIndex", Integer.toString(certificate.statusSlot().index()),
                "statusListCredential", issuer.statusListUrl(certificate.statusSlot().listId())));
        return withJwtClaims(credential, issuer, id, issuer.verificationUrl(certificate.code()),
                certificate.issuedAt(), certificate.validUntil());
    }

    public static Map<String, Object> statusList(UUID listId, StatusBitstring bits, Issuer issuer, Instant now) {
        Map<String, Object> credential = new LinkedHashMap<>();
        String url = issuer.statusListUrl(listId);
        credential.put("@context", List.of(VC_CONTEXT));
        credential.put("id", url);
        credential.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
        credential.put("issuer", issuer.id());
        credential.put("validFrom", iso(now));
        credential.put("credentialSubject", Map.of("id", url + "#list", "type", "BitstringStatusList",
                "statusPurpose", "revocation", "encodedList", bits.encoded()));
        return withJwtClaims(credential, issuer, url, url + "#list", now, null);
    }

    private static Map<String, Object> subject(Certificate certificate, String achievementName, String frameworkName,
            List<AlignedCompetency> competencies, Issuer issuer) {
        List<Map<String, Object>> alignments = new ArrayList<>();
        List<Map<String, Object>> results = new ArrayList<>();
        List<Map<String, Object>> resultDescriptions = new ArrayList<>();
        String achievementId = issuer.baseUrl() + "/verify/achievements/" + slug(certificate.certification());
        for (AlignedCompetency competency : competencies) {
            alignments.add(Map.of("type", List.of("Alignment"), "targetName", competency.name(),
                    "targetUrl", competency.caseUri(), "targetCode", competency.code(),
                    "targetFramework", frameworkName, "targetType", "CFItem"));
            String descriptionId = achievementId + "#level-" + competency.code();
            resultDescriptions.add(Map.of("id", descriptionId, "type", List.of("ResultDescription"),
                    "name", competency.code() + " " + competency.name(), "resultType", "PerformanceLevel",
                    "alignment", List.of(alignments.get(alignments.size() - 1))));
            results.add(Map.of("type", List.of("Result"), "resultDescription", descriptionId,
                    "value", Integer.toString(competency.level())));
        }
        String overallId = achievementId + "#level";
        resultDescriptions.add(0, Map.of("id", overallId, "type", List.of("ResultDescription"),
                "name", "Niveau / Level", "resultType", "PerformanceLevel"));
        results.add(0, Map.of("type", List.of("Result"), "resultDescription", overallId,
                "value", Integer.toString(certificate.level())));
        Map<String, Object> achievement = new LinkedHashMap<>();
        achievement.put("id", achievementId);
        achievement.put("type", List.of("Achievement"));
        achievement.put("achievementType", "Certificate");
        achievement.put("name", achievementName);
        achievement.put("description", achievementName + " — " + frameworkName);
        achievement.put("criteria", Map.of("narrative", "Certifying adaptive test on " + frameworkName
                + ", level decided by a jury and published by a certification officer."));
        achievement.put("alignment", alignments);
        achievement.put("resultDescription", resultDescriptions);
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("type", List.of("AchievementSubject"));
        subject.put("identifier", List.of(Map.of("type", "IdentityObject", "identityType", "name",
                "hashed", false, "identityHash", certificate.holderName())));
        subject.put("achievement", achievement);
        subject.put("result", results);
        return subject;
    }

    private static Map<String, Object> withJwtClaims(Map<String, Object> credential, Issuer issuer, String id,
            String subject, Instant from, Instant until) {
        credential.put("iss", issuer.id());
        credential.put("jti", id);
        credential.put("sub", subject);
        credential.put("nbf", from.getEpochSecond());
        credential.put("iat", from.getEpochSecond());
        if (until != null) {
            credential.put("exp", until.getEpochSecond());
        }
        return credential;
    }

    private static String slug(String certification) {
        return certification.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    private static String iso(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}

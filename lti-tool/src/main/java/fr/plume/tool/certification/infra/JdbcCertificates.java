package fr.plume.tool.certification.infra;

import fr.plume.tool.certification.api.CandidateCertified.AreaLevel;
import fr.plume.tool.certification.domain.Certificate;
import fr.plume.tool.certification.domain.Certificates;
import fr.plume.tool.certification.domain.IssuedCertificate;
import fr.plume.tool.certification.domain.RevocationReason;
import fr.plume.tool.certification.domain.StatusSlot;
import fr.plume.tool.certification.domain.VerificationCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The certificate table. Holder queries always filter on the member and the user. */
@Repository
public class JdbcCertificates implements Certificates {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = """
            id, candidate_id, attempt_id, member_id, user_id, code, holder_name, certification, framework_version, sitting_date,
            score, score_margin, level, areas, issued_at, valid_until, status_list_id, status_index, details_public,
            revoked_at, revocation_reason""";

    private final JdbcClient jdbc;

    JdbcCertificates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Stored insert(IssuedCertificate issued) {
        Certificate c = issued.certificate();
        if (byCandidate(c.candidateId()).isPresent()) {
            return Stored.ALREADY_ISSUED;
        }
        int inserted = jdbc.sql("""
                    INSERT INTO certification_certificate (id, candidate_id, attempt_id, member_id, user_id, code,
                        holder_name, certification, framework_version, sitting_date, score, score_margin, level, areas,
                        issued_at, valid_until, status_list_id, status_index, credential_jwt, pdf)
                    VALUES (:id, :candidate, :attempt, :member, :user, :code, :holder, :certification, :framework,
                        :sitting, :score, :margin, :level, CAST(:areas AS JSONB), :issued, :until, :list, :index,
                        :jwt, :pdf)
                    ON CONFLICT DO NOTHING""")
                    .param("id", c.id()).param("candidate", c.candidateId()).param("attempt", c.attemptId())
                    .param("member", c.memberId()).param("user", c.userId()).param("code", c.code().value())
                    .param("holder", c.holderName()).param("certification", c.certification())
                    .param("framework", c.frameworkVersion()).param("sitting", c.sittingDate())
                    .param("score", c.score()).param("margin", c.scoreMargin()).param("level", c.level())
                    .param("areas", JSON.writeValueAsString(Map.of("domains", c.domains(),
                            "competencies", c.competencies())))
                    .param("issued", Timestamp.from(c.issuedAt())).param("until", Timestamp.from(c.validUntil()))
                    .param("list", c.statusSlot().listId()).param("index", c.statusSlot().index())
                    .param("jwt", issued.credentialJwt()).param("pdf", issued.pdf())
                    .update();
        if (inserted == 0) {
            return byCandidate(c.candidateId()).isPresent() ? Stored.ALREADY_ISSUED : Stored.CODE_OR_SLOT_TAKEN;
        }
        jdbc.sql("UPDATE certification_status_list SET allocated = allocated + 1 WHERE id = :list")
                .param("list", c.statusSlot().listId()).update();
        return Stored.STORED;
    }

    @Override
    public Optional<Certificate> byCode(VerificationCode code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM certification_certificate WHERE code = :code")
                .param("code", code.value()).query(JdbcCertificates::certificate).optional();
    }

    @Override
    public Optional<Certificate> byCandidate(UUID candidateId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM certification_certificate WHERE candidate_id = :candidate")
                .param("candidate", candidateId).query(JdbcCertificates::certificate).optional();
    }

    @Override
    public Optional<Certificate> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM certification_certificate WHERE id = :id")
                .param("id", id).query(JdbcCertificates::certificate).optional();
    }

    @Override
    public List<Certificate> ofHolder(UUID memberId, UUID userId) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM certification_certificate WHERE member_id = :member AND user_id = :user
                ORDER BY issued_at DESC""")
                .param("member", memberId).param("user", userId).query(JdbcCertificates::certificate).list();
    }

    @Override
    public Optional<byte[]> pdfOfHolder(UUID memberId, UUID userId, UUID certificateId) {
        return jdbc.sql("""
                SELECT pdf FROM certification_certificate
                WHERE id = :id AND member_id = :member AND user_id = :user""")
                .param("id", certificateId).param("member", memberId).param("user", userId)
                .query((rs, row) -> rs.getBytes(1)).optional();
    }

    @Override
    public Optional<String> credentialOf(UUID certificateId) {
        return jdbc.sql("SELECT credential_jwt FROM certification_certificate WHERE id = :id")
                .param("id", certificateId).query(String.class).optional();
    }

    @Override
    public boolean showDetails(UUID memberId, UUID userId, UUID certificateId, boolean detailsPublic) {
        return jdbc.sql("""
                UPDATE certification_certificate SET details_public = :public
                WHERE id = :id AND member_id = :member AND user_id = :user""")
                .param("public", detailsPublic).param("id", certificateId).param("member", memberId)
                .param("user", userId).update() == 1;
    }

    @Override
    public boolean revoke(UUID certificateId, RevocationReason reason, String revokedBy, Instant at) {
        return jdbc.sql("""
                UPDATE certification_certificate SET revoked_at = :at, revocation_reason = :reason, revoked_by = :by
                WHERE id = :id AND revoked_at IS NULL""")
                .param("at", Timestamp.from(at)).param("reason", reason.name()).param("by", revokedBy)
                .param("id", certificateId).update() == 1;
    }

    @Override
    public List<Integer> revokedIndexes(UUID statusListId) {
        return jdbc.sql("""
                SELECT status_index FROM certification_certificate
                WHERE status_list_id = :list AND revoked_at IS NOT NULL""")
                .param("list", statusListId).query(Integer.class).list();
    }

    @Override
    public void forEach(Consumer<Certificate> consumer) {
        jdbc.sql("SELECT " + COLUMNS + " FROM certification_certificate ORDER BY issued_at, id")
                .withFetchSize(500)
                .query((ResultSet rs) -> {
                    consumer.accept(certificate(rs, 0));
                });
    }

    @Override
    public List<Certificate> newest(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM certification_certificate ORDER BY issued_at DESC, id LIMIT :limit")
                .param("limit", limit).query(JdbcCertificates::certificate).list();
    }

    private static Certificate certificate(ResultSet rs, int row) throws SQLException {
        Map<String, List<AreaLevel>> areas = JSON.readValue(rs.getString("areas"),
                new TypeReference<Map<String, List<AreaLevel>>>() { });
        Timestamp revokedAt = rs.getTimestamp("revoked_at");
        return new Certificate(rs.getObject("id", UUID.class), rs.getObject("candidate_id", UUID.class),
                rs.getObject("attempt_id", UUID.class),                rs.getObject("member_id", UUID.class), rs.getObject("user_id", UUID.class),
                new VerificationCode(rs.getString("code")), rs.getString("holder_name"), rs.getString("certification"),
                rs.getString("framework_version"), rs.getObject("sitting_date", java.time.LocalDate.class),
                rs.getInt("score"), rs.getInt("score_margin"), rs.getInt("level"),
                areas.getOrDefault("domains", List.of()), areas.getOrDefault("competencies", List.of()),
                rs.getTimestamp("issued_at").toInstant(), rs.getTimestamp("valid_until").toInstant(),
                new StatusSlot(rs.getObject("status_list_id", UUID.class), rs.getInt("status_index")),
                rs.getBoolean("details_public"),
                revokedAt == null ? null : new Certificate.Revocation(revokedAt.toInstant(),
                        RevocationReason.valueOf(rs.getString("revocation_reason"))));
    }
}

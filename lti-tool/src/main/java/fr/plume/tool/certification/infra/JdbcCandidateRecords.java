package fr.plume.tool.certification.infra;

import fr.plume.tool.certification.api.CandidateRecords;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * certification_candidate, _incident and _certificate seen person by person. A candidate is the
 * person's by their user id, or by their platform id while they have not launched yet.
 */
@Repository
class JdbcCandidateRecords implements CandidateRecords {

    /** Starts with a space: a text block drops the trailing space of the line before it. */
    private static final String THEIRS = " c.member_id = :member"
            + " AND (c.user_id = :person OR (c.user_id IS NULL AND c.platform_subject = :subject))";

    private final JdbcClient jdbc;

    JdbcCandidateRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Candidacy> candidacies(UUID memberId, UUID personId, String platformSubject) {
        return jdbc.sql("""
                SELECT c.id, s.certification_id, s.starts_at, centre.name AS centre, c.holder_name, c.status,
                       c.decision, c.extra_time_percent, c.accessible_items, c.enrolled_at
                FROM certification_candidate c
                JOIN certification_session s ON s.id = c.session_id AND s.member_id = c.member_id
                JOIN certification_centre centre ON centre.id = s.centre_id AND centre.member_id = s.member_id
                WHERE """ + THEIRS + " ORDER BY s.starts_at")
                .param("member", memberId).param("person", personId).param("subject", platformSubject)
                .query((rs, n) -> candidacy(rs, memberId)).list();
    }

    private Candidacy candidacy(ResultSet rs, UUID memberId) throws SQLException {
        List<Incident> incidents = jdbc.sql("""
                SELECT kind, note, recorded_at FROM certification_incident
                WHERE member_id = :member AND candidate_id = :candidate ORDER BY recorded_at""")
                .param("member", memberId).param("candidate", rs.getObject("id", UUID.class))
                .query((i, n) -> new Incident(i.getString("kind"), i.getString("note"),
                        instant(i.getTimestamp("recorded_at"))))
                .list();
        return new Candidacy(rs.getString("certification_id"), instant(rs.getTimestamp("starts_at")),
                rs.getString("centre"), rs.getString("holder_name"), rs.getString("status"), rs.getString("decision"),
                rs.getInt("extra_time_percent"), rs.getBoolean("accessible_items"),
                instant(rs.getTimestamp("enrolled_at")), incidents);
    }

    @Override
    public List<Certificate> certificates(UUID memberId, UUID personId) {
        return jdbc.sql("""
                SELECT code, holder_name, certification, sitting_date, score, level, issued_at, valid_until,
                       details_public, revoked_at
                FROM certification_certificate WHERE member_id = :member AND user_id = :person ORDER BY issued_at""")
                .param("member", memberId).param("person", personId)
                .query((rs, n) -> new Certificate(rs.getString("code"), rs.getString("holder_name"),
                        rs.getString("certification"), rs.getDate("sitting_date").toLocalDate(), rs.getInt("score"),
                        rs.getInt("level"), instant(rs.getTimestamp("issued_at")),
                        instant(rs.getTimestamp("valid_until")), rs.getBoolean("details_public"),
                        instant(rs.getTimestamp("revoked_at"))))
                .list();
    }

    @Override
    public boolean inProgress(UUID memberId, UUID personId, String platformSubject) {
        return jdbc.sql("""
                SELECT EXISTS (
                    SELECT 1 FROM certification_candidate c
                    JOIN certification_session s ON s.id = c.session_id AND s.member_id = c.member_id
                    LEFT JOIN certification_issue_request r ON r.candidate_id = c.id AND r.member_id = c.member_id
                    WHERE """ + THEIRS + """
                       AND (s.status <> 'FINALISED' OR r.candidate_id IS NOT NULL
                            OR (c.attempt_id IS NOT NULL AND c.decision IN ('PENDING', 'TO_REVIEW'))))""")
                .param("member", memberId).param("person", personId).param("subject", platformSubject)
                .query(Boolean.class).single();
    }

    @Override
    public Pseudonymised pseudonymise(UUID memberId, UUID personId, String platformSubject, String pseudonym) {
        int kept = jdbc.sql("""
                SELECT count(*) FROM certification_certificate WHERE member_id = :member AND user_id = :person""")
                .param("member", memberId).param("person", personId).query(Integer.class).single();
        int candidacies = jdbc.sql("UPDATE certification_candidate c SET platform_subject = NULL, "
                + """
                holder_name = CASE WHEN EXISTS (SELECT 1 FROM certification_certificate k
                                                WHERE k.candidate_id = c.id AND k.member_id = c.member_id)
                                   THEN c.holder_name ELSE :pseudonym END
                WHERE """ + THEIRS)
                .param("member", memberId).param("person", personId).param("subject", platformSubject)
                .param("pseudonym", pseudonym).update();
        return new Pseudonymised(candidacies, kept);
    }

    @Override
    public int deleteVerificationCountersBefore(Instant before) {
        return jdbc.sql("DELETE FROM certification_verification_counter WHERE window_start < :before")
                .param("before", Timestamp.from(before)).update();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}

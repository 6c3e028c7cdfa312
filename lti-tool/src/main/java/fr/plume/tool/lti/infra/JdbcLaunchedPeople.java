package fr.plume.tool.lti.infra;

import fr.plume.tool.lti.api.LaunchedPeople;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** lti_user, lti_enrolment, lti_usage_month and lti_roster_member seen person by person. */
@Repository
class JdbcLaunchedPeople implements LaunchedPeople {

    private static final String PERSON = """
            SELECT id, member_id, issuer, subject, given_name, family_name, name, email, locale, created_at,
                   last_launch_at
            FROM lti_user
            """;

    private final JdbcClient jdbc;

    JdbcLaunchedPeople(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Person> find(UUID personId) {
        return jdbc.sql(PERSON + " WHERE id = :id").param("id", personId).query(JdbcLaunchedPeople::person).optional();
    }

    @Override
    public List<Person> search(UUID memberId, String text, int limit) {
        String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql(PERSON + """
                 WHERE (CAST(:member AS uuid) IS NULL OR member_id = :member)
                   AND (name ILIKE :pattern OR email ILIKE :pattern OR given_name ILIKE :pattern
                        OR family_name ILIKE :pattern OR subject = :text)
                 ORDER BY last_launch_at DESC LIMIT :limit""")
                .param("member", memberId).param("pattern", pattern).param("text", text).param("limit", limit)
                .query(JdbcLaunchedPeople::person).list();
    }

    @Override
    public List<Enrolment> enrolments(UUID memberId, UUID personId) {
        return jdbc.sql("""
                SELECT c.label, c.title, e.roles, e.last_launch_at
                FROM lti_enrolment e JOIN lti_context c ON c.id = e.context_id AND c.member_id = e.member_id
                WHERE e.member_id = :member AND e.user_id = :person
                ORDER BY e.last_launch_at DESC""")
                .param("member", memberId).param("person", personId)
                .query((rs, n) -> new Enrolment(rs.getString("label"), rs.getString("title"), strings(rs.getArray("roles")),
                        instant(rs.getTimestamp("last_launch_at"))))
                .list();
    }

    @Override
    public List<MonthlyLaunches> launches(UUID memberId, UUID personId) {
        return jdbc.sql("""
                SELECT month, launches, learner FROM lti_usage_month
                WHERE member_id = :member AND user_id = :person ORDER BY month""")
                .param("member", memberId).param("person", personId)
                .query((rs, n) -> new MonthlyLaunches(YearMonth.from(rs.getDate("month").toLocalDate()),
                        rs.getInt("launches"), rs.getBoolean("learner")))
                .list();
    }

    @Override
    public void pseudonymise(UUID memberId, UUID personId, String pseudonym) {
        // the rosters (NRPS copies of the course lists) name the person by their platform id
        jdbc.sql("""
                DELETE FROM lti_roster_member r
                USING lti_user u, lti_context c
                WHERE u.id = :person AND u.member_id = :member AND c.id = r.context_id
                  AND c.member_id = u.member_id AND c.issuer = u.issuer AND r.subject = u.subject""")
                .param("person", personId).param("member", memberId).update();
        jdbc.sql("""
                UPDATE lti_user SET subject = :pseudonym, given_name = NULL, family_name = NULL, name = NULL,
                                    email = NULL, locale = NULL
                WHERE id = :person AND member_id = :member""")
                .param("pseudonym", pseudonym).param("person", personId).param("member", memberId).update();
    }

    @Override
    public int deleteLaunchCountsBefore(YearMonth month) {
        return jdbc.sql("DELETE FROM lti_usage_month WHERE month < :month")
                .param("month", Date.valueOf(month.atDay(1))).update();
    }

    @Override
    public int deleteFinishedGradesBefore(Instant cutoff) {
        return jdbc.sql("""
                DELETE FROM lti_grade_outbox o
                 WHERE o.status IN ('DELIVERED', 'SUPERSEDED', 'DISCARDED') AND o.finished_at < :cutoff
                   AND NOT EXISTS (SELECT 1 FROM lti_grade_audit a WHERE a.outbox_id = o.id)""")
                .param("cutoff", Timestamp.from(cutoff)).update();
    }

    private static Person person(ResultSet rs, int n) throws SQLException {
        return new Person(rs.getObject("id", UUID.class), rs.getObject("member_id", UUID.class), rs.getString("issuer"),
                rs.getString("subject"), rs.getString("given_name"), rs.getString("family_name"), rs.getString("name"),
                rs.getString("email"), rs.getString("locale"), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("last_launch_at")));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}

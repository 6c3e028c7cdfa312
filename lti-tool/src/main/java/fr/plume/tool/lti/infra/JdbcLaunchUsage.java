package fr.plume.tool.lti.infra;

import fr.plume.tool.lti.api.LaunchUsage;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads lti_usage_month, which the launch statement itself keeps up to date (JdbcLaunchRecords). */
@Repository
class JdbcLaunchUsage implements LaunchUsage {

    /** Each person's months first (in index order, no sort), then each member's people. */
    private static final String SELECT = """
            SELECT member_id, COALESCE(sum(launches), 0) AS launches, count(*) AS people,
                   count(*) FILTER (WHERE learner) AS learners
            FROM (SELECT member_id, user_id, sum(launches) AS launches, bool_or(learner) AS learner
                  FROM lti_usage_month
                  WHERE month >= :from AND month <= :to
                  GROUP BY member_id, user_id) person
            """;

    private final JdbcClient jdbc;

    JdbcLaunchUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<MemberLaunches> everyMember(YearMonth from, YearMonth to) {
        return jdbc.sql(SELECT + " GROUP BY member_id")
                .param("from", Date.valueOf(from.atDay(1))).param("to", Date.valueOf(to.atDay(1)))
                .query(JdbcLaunchUsage::row).list();
    }

    private static MemberLaunches row(ResultSet rs, int n) throws SQLException {
        return new MemberLaunches(rs.getObject("member_id", UUID.class), rs.getLong("launches"), rs.getLong("people"),
                rs.getLong("learners"));
    }
}

package fr.plume.tool.demo.infra;

import fr.plume.tool.demo.domain.LineItem;
import fr.plume.tool.demo.domain.LineItems;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Gradebook columns of the demo course in PostgreSQL. */
@Repository
@Profile("demo")
class JdbcDemoLineItems implements LineItems {

    private final JdbcClient jdbc;

    JdbcDemoLineItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public LineItem insert(String courseId, String label, BigDecimal scoreMaximum, String resourceId, String tag,
            Long activityId, boolean coupled) {
        long id = jdbc.sql("""
                INSERT INTO demo_line_item (course_id, label, score_maximum, resource_id, tag, activity_id, coupled)
                VALUES (:course, :label, :max, :resource, :tag, :activity, :coupled) RETURNING id""")
                .param("course", courseId).param("label", label).param("max", scoreMaximum)
                .param("resource", resourceId).param("tag", tag).param("activity", activityId)
                .param("coupled", coupled)
                .query(Long.class).single();
        return new LineItem(id, courseId, label, scoreMaximum, resourceId, tag, activityId, coupled);
    }

    @Override
    public List<LineItem> inCourse(String courseId, String resourceId, Long activityId, String tag) {
        StringBuilder sql = new StringBuilder("SELECT * FROM demo_line_item WHERE course_id = :course");
        if (resourceId != null) {
            sql.append(" AND coalesce(resource_id, '') = :resource");
        }
        if (activityId != null) {
            sql.append(" AND activity_id = :activity");
        }
        if (tag != null) {
            sql.append(" AND coalesce(tag, '') = :tag");
        }
        sql.append(" ORDER BY id");
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString()).param("course", courseId);
        if (resourceId != null) {
            statement = statement.param("resource", resourceId);
        }
        if (activityId != null) {
            statement = statement.param("activity", activityId);
        }
        if (tag != null) {
            statement = statement.param("tag", tag);
        }
        return statement.query((rs, n) -> map(rs)).list();
    }

    @Override
    public Optional<LineItem> find(String courseId, long id) {
        return jdbc.sql("SELECT * FROM demo_line_item WHERE id = :id AND course_id = :course")
                .param("id", id).param("course", courseId).query((rs, n) -> map(rs)).optional();
    }

    /** {@code SELECT ... FOR UPDATE}: held until the caller's transaction ends. */
    @Override
    public Optional<LineItem> lock(String courseId, long id) {
        return jdbc.sql("SELECT * FROM demo_line_item WHERE id = :id AND course_id = :course FOR UPDATE")
                .param("id", id).param("course", courseId).query((rs, n) -> map(rs)).optional();
    }

    private static LineItem map(ResultSet rs) throws SQLException {
        return new LineItem(rs.getLong("id"), rs.getString("course_id"), rs.getString("label"),
                rs.getBigDecimal("score_maximum").stripTrailingZeros(), rs.getString("resource_id"),
                rs.getString("tag"), rs.getObject("activity_id", Long.class), rs.getBoolean("coupled"));
    }
}

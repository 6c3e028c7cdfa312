package fr.plume.tool.demo.infra;

import com.nimbusds.jose.util.JSONObjectUtils;
import fr.plume.tool.demo.domain.Activities;
import fr.plume.tool.demo.domain.Activity;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Activities of the demo course in PostgreSQL, custom parameters as JSON. */
@Repository
@Profile("demo")
class JdbcDemoActivities implements Activities {

    // Moodle puts the line item in the launch only when exactly one column belongs to the link.
    private static final String SELECT = """
            SELECT a.*, (SELECT CASE WHEN count(*) = 1 THEN min(li.id) END
                           FROM demo_line_item li WHERE li.activity_id = a.id) AS line_item_id
              FROM demo_activity a""";

    private final JdbcClient jdbc;

    JdbcDemoActivities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Activity> inCourse(String courseId) {
        return jdbc.sql(SELECT + " WHERE a.course_id = :course ORDER BY a.id").param("course", courseId)
                .query((rs, n) -> map(rs)).list();
    }

    @Override
    public Optional<Activity> find(long id) {
        return jdbc.sql(SELECT + " WHERE a.id = :id").param("id", id).query((rs, n) -> map(rs)).optional();
    }

    @Override
    public long insert(String courseId, String title, String text, String targetLinkUri, Map<String, String> custom,
            String placedBy) {
        return jdbc.sql("""
                INSERT INTO demo_activity (course_id, title, text, target_link_uri, custom, placed_by)
                VALUES (:course, :title, :text, :uri, :custom, :by) RETURNING id""")
                .param("course", courseId).param("title", title).param("text", text).param("uri", targetLinkUri)
                .param("custom", JSONObjectUtils.toJSONString(new LinkedHashMap<String, Object>(custom)))
                .param("by", placedBy)
                .query(Long.class).single();
    }

    @Override
    public boolean exists(String courseId, long id) {
        return jdbc.sql("SELECT count(*) FROM demo_activity WHERE id = :id AND course_id = :course")
                .param("id", id).param("course", courseId).query(Integer.class).single() > 0;
    }

    private static Activity map(ResultSet rs) throws SQLException {
        Map<String, String> custom = new LinkedHashMap<>();
        try {
            JSONObjectUtils.parse(rs.getString("custom")).forEach((k, v) -> custom.put(k, String.valueOf(v)));
        } catch (ParseException e) {
            throw new SQLException("unreadable custom parameters of activity " + rs.getLong("id"), e);
        }
        return new Activity(rs.getLong("id"), rs.getString("course_id"), rs.getString("title"), rs.getString("text"),
                rs.getString("target_link_uri"), custom, rs.getObject("line_item_id", Long.class));
    }
}

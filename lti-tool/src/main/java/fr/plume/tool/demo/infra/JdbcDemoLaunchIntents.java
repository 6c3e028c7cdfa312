package fr.plume.tool.demo.infra;

import fr.plume.tool.demo.domain.LaunchIntent;
import fr.plume.tool.demo.domain.LaunchIntents;
import fr.plume.tool.demo.domain.MessageType;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Pending launches in PostgreSQL, forgotten after half an hour. */
@Repository
@Profile("demo")
class JdbcDemoLaunchIntents implements LaunchIntents {

    private static final Duration LIFETIME = Duration.ofMinutes(30);

    private final JdbcClient jdbc;

    JdbcDemoLaunchIntents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(LaunchIntent intent) {
        jdbc.sql("DELETE FROM demo_launch_intent WHERE created_at < :limit")
                .param("limit", Timestamp.from(intent.createdAt().minus(LIFETIME))).update();
        jdbc.sql("""
                INSERT INTO demo_launch_intent (id, user_id, course_id, message_type, activity_id, locale, created_at)
                VALUES (:id, :user, :course, :type, :activity, :locale, :created)""")
                .param("id", intent.id()).param("user", intent.userId()).param("course", intent.courseId())
                .param("type", intent.messageType().name()).param("activity", intent.activityId())
                .param("locale", intent.locale()).param("created", Timestamp.from(intent.createdAt()))
                .update();
    }

    @Override
    public Optional<LaunchIntent> find(UUID id) {
        return jdbc.sql("SELECT * FROM demo_launch_intent WHERE id = :id").param("id", id)
                .query((rs, n) -> map(rs)).optional();
    }

    @Override
    public Optional<LaunchIntent> consume(UUID id, Instant now) {
        return jdbc.sql("DELETE FROM demo_launch_intent WHERE id = :id AND created_at >= :limit RETURNING *")
                .param("id", id).param("limit", Timestamp.from(now.minus(LIFETIME)))
                .query((rs, n) -> map(rs)).optional();
    }

    private static LaunchIntent map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new LaunchIntent(rs.getObject("id", UUID.class), rs.getString("user_id"), rs.getString("course_id"),
                MessageType.valueOf(rs.getString("message_type")), rs.getObject("activity_id", Long.class),
                rs.getString("locale"), rs.getTimestamp("created_at").toInstant());
    }
}

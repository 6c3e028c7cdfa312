package fr.plume.tool.sync.infra;

import fr.plume.sync.catalogue.CompetencyRating.RatingOrigin;
import fr.plume.tool.sync.domain.RatingPreference;
import fr.plume.tool.sync.domain.RatingPreferences;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Course teams' rating choices ({@code sync_rating_preference}), always read and written within one member. */
@Repository
public class JdbcRatingPreferences implements RatingPreferences {

    private final JdbcClient jdbc;

    JdbcRatingPreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<RatingPreference> find(UUID memberId, UUID contextId) {
        return jdbc.sql("SELECT context_id, enabled, origins FROM sync_rating_preference"
                        + " WHERE member_id = :member AND context_id = :context")
                .param("member", memberId).param("context", contextId)
                .query((rs, n) -> preference(rs)).optional();
    }

    /** The member's courses that turned pushing on. */
    @Override
    public List<RatingPreference> enabled(UUID memberId) {
        return jdbc.sql("SELECT context_id, enabled, origins FROM sync_rating_preference"
                        + " WHERE member_id = :member AND enabled ORDER BY context_id")
                .param("member", memberId)
                .query((rs, n) -> preference(rs)).list();
    }

    @Override
    public void save(UUID memberId, RatingPreference preference, UUID by, Instant at) {
        jdbc.sql("""
                INSERT INTO sync_rating_preference (member_id, context_id, enabled, origins, updated_by, updated_at)
                VALUES (:member, :context, :enabled, string_to_array(:origins, ','), :by, :at)
                ON CONFLICT (member_id, context_id) DO UPDATE SET enabled = EXCLUDED.enabled,
                    origins = EXCLUDED.origins, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at""")
                .param("member", memberId).param("context", preference.contextId())
                .param("enabled", preference.enabled())
                .param("origins", preference.origins().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .param("by", by).param("at", Timestamp.from(at))
                .update();
    }

    private static RatingPreference preference(ResultSet rs) throws SQLException {
        Set<RatingOrigin> origins = Arrays.stream((String[]) rs.getArray("origins").getArray())
                .map(RatingOrigin::valueOf).collect(Collectors.toSet());
        return new RatingPreference(rs.getObject("context_id", UUID.class), rs.getBoolean("enabled"), origins);
    }
}

package fr.plume.tool.psychometrics.support;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.StringJoiner;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Answers written straight into the assessment tables, as attempts leave them, for the
 * psychometrics tests that read real answers: members, attempts (with or without accommodations)
 * and 2PL responses drawn from each candidate's θ. Each test picks a data window no other test uses.
 */
public final class StoredAnswers {

    /**
     * An item as a simulated candidate meets it: true a and b; for a single-choice item its option
     * count and key (a wrong answer always chooses the first option that is not the key), 0 options
     * for other items.
     */
    public record Shown(UUID itemId, double a, double b, int options, int key) {

        public Shown(UUID itemId, double a, double b) {
            this(itemId, a, b, 0, -1);
        }

        String response(boolean correct) {
            if (options == 0) {
                return null;
            }
            int chosen = correct ? key : (key == 0 ? 1 : 0);
            return "{\"type\": \"SINGLE_CHOICE\", \"selected\": " + chosen + "}";
        }
    }

    private final JdbcClient jdbc;
    private final SplittableRandom random;

    public StoredAnswers(JdbcClient jdbc, long seed) {
        this.jdbc = jdbc;
        this.random = new SplittableRandom(seed);
    }

    public UUID member(String name) {
        UUID member = UUID.randomUUID();
        jdbc.sql("INSERT INTO member (id, code, name) VALUES (:id, :code, :name)")
                .param("id", member).param("code", "psy-" + member.toString().substring(0, 8)).param("name", name)
                .update();
        return member;
    }

    public double nextTheta(double mean) {
        return mean + random.nextGaussian();
    }

    /** A completed diagnostic attempt of a candidate of ability θ who answered the items in order at {@code at}. */
    public UUID attempt(UUID member, boolean accommodated, double theta, List<Shown> items, Instant at) {
        UUID attempt = UUID.randomUUID();
        Timestamp when = Timestamp.from(at);
        jdbc.sql("""
                INSERT INTO assessment_attempt (id, member_id, user_id, mode, seed, accessible_items, scoring_version,
                    started_at, status)
                VALUES (:id, :member, :user, 'DIAGNOSTIC', 1, :accommodated, 'test', :at, 'COMPLETED')""")
                .param("id", attempt).param("member", member).param("user", UUID.randomUUID())
                .param("accommodated", accommodated).param("at", when).update();
        StringJoiner rows = new StringJoiner(", ");
        List<Object> values = new ArrayList<>();
        int position = 1;
        for (Shown item : items) {
            rows.add("(?, ?, ?, ?, 'c', 'f', ?, ?, true, 'prior', ?, ?, ?, ?, CAST(? AS jsonb))");
            boolean correct = random.nextDouble() < 1 / (1 + Math.exp(-item.a() * (theta - item.b())));
            values.addAll(java.util.Arrays.asList(attempt, position++, member, item.itemId(), item.a(), item.b(),
                    UUID.randomUUID().toString(), when, when, correct, item.response(correct)));
        }
        if (!items.isEmpty()) {
            jdbc.sql("""
                    INSERT INTO assessment_attempt_item (attempt_id, position, member_id, item_id, competency, family, a,
                        b, accessible, parameters_version, token, shown_at, answered_at, correct, response)
                    VALUES """ + rows).params(values).update();
        }
        return attempt;
    }
}

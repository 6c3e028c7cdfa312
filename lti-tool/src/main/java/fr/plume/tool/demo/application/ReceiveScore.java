package fr.plume.tool.demo.application;

import fr.plume.tool.demo.domain.AccessGrant;
import fr.plume.tool.demo.domain.Grade;
import fr.plume.tool.demo.domain.Gradebook;
import fr.plume.tool.demo.domain.LineItems;
import fr.plume.tool.demo.domain.ScoreRules;
import fr.plume.tool.demo.domain.ScoreVerdict;
import fr.plume.tool.demo.domain.ServiceLog;
import fr.plume.tool.demo.domain.ServiceRefusal;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tool posts a score (AGS 2.0 §3.4) judged by Moodle's rules ({@link ScoreRules}): with the
 * column locked, so two concurrent scores for one user are ordered by the 409 rule instead of
 * racing; an accepted score becomes the user's grade.
 */
@Component
@Profile("demo")
public class ReceiveScore {

    private final LineItems lineItems;
    private final Gradebook gradebook;
    private final ServiceLog log;

    public ReceiveScore(LineItems lineItems, Gradebook gradebook, ServiceLog log) {
        this.lineItems = lineItems;
        this.gradebook = gradebook;
        this.log = log;
    }

    /** Refuses with {@link ServiceRefusal} (404 unknown column, 400 or 409 by Moodle's rules). */
    @Transactional
    public void receive(String courseId, String itemId, String body, AccessGrant grant, String path) {
        ServiceChecks.requireCourse(courseId);
        long id = ServiceChecks.parseId(itemId).orElseThrow(() -> ServiceChecks.noSuchLineItem(itemId));
        Map<String, Object> score = ServiceChecks.parse(body);
        if (lineItems.lock(courseId, id).isEmpty()) {
            throw ServiceChecks.noSuchLineItem(itemId);
        }
        Object user = score.get("userId");
        Optional<Grade> current = user == null ? Optional.empty() : gradebook.find(id, String.valueOf(user));
        ScoreVerdict verdict = ScoreRules.judge(score, courseId, id, current);
        if (verdict instanceof ScoreVerdict.Refused refused) {
            throw new ServiceRefusal(refused.status(), refused.reason());
        }
        ScoreVerdict.Accepted accepted = (ScoreVerdict.Accepted) verdict;
        gradebook.store(id, accepted.score());
        log.record("POST", path, grant.clientId(), 200, body, "score stored for user " + accepted.score().userId());
    }
}

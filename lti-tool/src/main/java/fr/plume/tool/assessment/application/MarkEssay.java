package fr.plume.tool.assessment.application;

import fr.plume.framework.content.AnswerSpec;
import fr.plume.framework.content.RubricCriterion;
import fr.plume.tool.assessment.domain.Essay;
import fr.plume.tool.assessment.domain.EssayMarks;
import fr.plume.tool.assessment.domain.Essays;
import fr.plume.tool.itembank.api.ItemCatalog;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A teacher of the course marks an essay with its item's rubric: one whole number of points per
 * criterion, between 0 and the criterion's maximum. Saved with the marker and the time; marking
 * again replaces the marks. An essay of a certifying attempt is double-marked instead
 * ({@link MarkCertificationEssay}): each marker marks it once and the decided mark is written last.
 */
@Component
public class MarkEssay {

    private static final Logger log = LoggerFactory.getLogger(MarkEssay.class);

    private final Essays essays;
    private final ItemCatalog catalog;
    private final Clock clock;
    private final EssayMarks doubleMarks;
    private final MarkCertificationEssay doubleMarking;

    public MarkEssay(Essays essays, ItemCatalog catalog, Clock clock, EssayMarks doubleMarks,
            MarkCertificationEssay doubleMarking) {
        this.essays = essays;
        this.catalog = catalog;
        this.clock = clock;
        this.doubleMarks = doubleMarks;
        this.doubleMarking = doubleMarking;
    }

    /** @param marker who marks: a member of the course's teaching team (checked by the caller) */
    public record Marker(UUID memberId, UUID contextId, UUID userId) {
    }

    public sealed interface Outcome {
    }

    public record Marked(int total, int maximum) implements Outcome {
    }

    /** Nothing saved: a criterion has no value or one out of its range. */
    public record Refused(String messageKey) implements Outcome {
    }

    public List<RubricCriterion> rubric(Essay essay) {
        return catalog.item(essay.itemId())
                .map(item -> item.answer())
                .filter(AnswerSpec.Essay.class::isInstance)
                .map(answer -> ((AnswerSpec.Essay) answer).rubric())
                .orElseThrow(() -> new IllegalStateException("essay item without rubric: " + essay.itemId()));
    }

    @Transactional
    public Outcome mark(Marker marker, UUID attemptId, int position, List<String> given) {
        Essay essay = essays.inCourse(marker.memberId(), marker.contextId(), attemptId, position)
                .orElseThrow(() -> new PlumeProblemException("ASSESSMENT-ESSAY-NOT-FOUND", 404));
        List<RubricCriterion> rubric = rubric(essay);
        if (given.size() != rubric.size()) {
            return new Refused("assessment.marking.missing");
        }
        List<Integer> points = new ArrayList<>();
        for (int i = 0; i < rubric.size(); i++) {
            Integer value = parse(given.get(i));
            if (value == null) {
                return new Refused("assessment.marking.missing");
            }
            if (value < 0 || value > rubric.get(i).maxPoints()) {
                return new Refused("assessment.marking.range");
            }
            points.add(value);
        }
        int maximum = rubric.stream().mapToInt(RubricCriterion::maxPoints).sum();
        if (doubleMarks.doubleMarked(marker.memberId(), attemptId)) {
            return doubleMarking.mark(marker, essay, points, maximum);
        }
        Instant now = Instant.now(clock);
        essays.mark(marker.memberId(), marker.contextId(), attemptId, position, points, maximum, marker.userId(), now);
        log.info("event=essay.marked member={} attempt={} position={} marker={}", marker.memberId(), attemptId,
                position, marker.userId());
        return new Marked(points.stream().mapToInt(Integer::intValue).sum(), maximum);
    }

    private static Integer parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

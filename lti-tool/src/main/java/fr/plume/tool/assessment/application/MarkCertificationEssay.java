package fr.plume.tool.assessment.application;

import fr.plume.tool.assessment.api.CertificationEssayMarked;
import fr.plume.tool.assessment.domain.DoubleMarking;
import fr.plume.tool.assessment.domain.Essay;
import fr.plume.tool.assessment.domain.EssayMark;
import fr.plume.tool.assessment.domain.EssayMarks;
import fr.plume.tool.assessment.domain.Essays;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Double marking of a certification essay (issue 17, {@link DoubleMarking}): the teachers who may
 * mark the course's essays mark it independently, each once, never their own; the mark that
 * completes the marking writes the decided mark to the essay. Every mark is announced
 * ({@link CertificationEssayMarked}) in this transaction, for the certification audit log.
 */
@Component
public class MarkCertificationEssay {

    private static final Logger log = LoggerFactory.getLogger(MarkCertificationEssay.class);

    private final EssayMarks marks;
    private final Essays essays;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MarkCertificationEssay(EssayMarks marks, Essays essays, ApplicationEventPublisher events, Clock clock) {
        this.marks = marks;
        this.essays = essays;
        this.events = events;
        this.clock = clock;
    }

    /** In the caller's transaction, with points already checked against the rubric. */
    @Transactional
    public MarkEssay.Marked mark(MarkEssay.Marker marker, Essay essay, List<Integer> points, int maximum) {
        List<EssayMark> given = marks.lockMarks(marker.memberId(), essay.attemptId(), essay.position());
        DoubleMarking.refusal(given, marker.userId(), essay.userId()).ifPresent(refusal -> {
            log.info("event=essay.double-marking.refused member={} attempt={} reason={}", marker.memberId(),
                    essay.attemptId(), refusal);
            throw switch (refusal) {
                case OWN_ESSAY -> new PlumeProblemException("ASSESSMENT-ESSAY-OWN", 403);
                case ALREADY_MARKED -> new PlumeProblemException("ASSESSMENT-ESSAY-SAME-MARKER", 409);
                case MARKING_COMPLETE -> new PlumeProblemException("ASSESSMENT-ESSAY-MARKING-COMPLETE", 409);
            };
        });
        int total = points.stream().mapToInt(Integer::intValue).sum();
        EssayMark mark = new EssayMark(given.size() + 1, marker.userId(), points, total, maximum,
                DoubleMarking.level(total, maximum), clock.instant());
        marks.add(marker.memberId(), essay.attemptId(), essay.position(), mark);
        List<EssayMark> all = new ArrayList<>(given);
        all.add(mark);
        DoubleMarking.Stage stage = DoubleMarking.stage(all);
        Integer finalLevel = null;
        if (stage == DoubleMarking.Stage.FINAL) {
            DoubleMarking.Decided decided = DoubleMarking.decide(all);
            essays.mark(essay.memberId(), essay.contextId(), essay.attemptId(), essay.position(), decided.points(),
                    decided.maximum(), marker.userId(), mark.markedAt());
            finalLevel = decided.level();
        }
        log.info("event=essay.double-marked member={} attempt={} position={} round={} stage={}", marker.memberId(),
                essay.attemptId(), essay.position(), mark.round(), stage);
        events.publishEvent(new CertificationEssayMarked(essay.memberId(), essay.attemptId(), essay.position(),
                mark.round(), marker.userId(), mark.level(), stage.name(), finalLevel));
        return new MarkEssay.Marked(total, maximum);
    }
}

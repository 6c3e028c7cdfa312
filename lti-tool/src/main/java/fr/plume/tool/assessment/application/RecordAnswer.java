package fr.plume.tool.assessment.application;

import fr.plume.framework.content.Item;
import fr.plume.framework.content.Presentation;
import fr.plume.framework.content.ScoreResult;
import fr.plume.tool.assessment.domain.Attempt;
import fr.plume.tool.assessment.domain.AttemptProgress;
import fr.plume.tool.assessment.engine.ScoredResponse;
import fr.plume.tool.assessment.domain.EndReason;
import fr.plume.tool.assessment.domain.Essay;
import fr.plume.framework.content.Response;
import fr.plume.tool.assessment.domain.Essays;
import fr.plume.tool.assessment.domain.ModulePractice;
import fr.plume.tool.assessment.domain.ModulePractices;
import fr.plume.tool.assessment.domain.ShownItem;
import fr.plume.tool.assessment.engine.cat.AdaptiveTest;
import fr.plume.tool.assessment.engine.cat.TestMode;
import fr.plume.tool.assessment.domain.Attempts;
import fr.plume.tool.itembank.api.AnswerForm;
import fr.plume.tool.itembank.api.ItemCatalog;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves the answer to the item on screen, in the same transaction as its score, before anything
 * else happens. Only the pending item's one-time token is accepted: a resent submission of an item
 * already answered (a double click on a slow connection) is recognised and changes nothing; a
 * stale or forged one is refused and nothing is written. After the deadline, nothing is saved and the
 * attempt ends. When the engine's stopping rule is met, the attempt is completed right away.
 * An essay is stored for a teacher to mark (its shown item stays without a verdict) and ends the
 * writing session; its text is never logged.
 */
@Component
public class RecordAnswer {

    private static final Logger log = LoggerFactory.getLogger(RecordAnswer.class);

    private final Attempts attempts;
    private final AttemptState state;
    private final ItemCatalog catalog;
    private final CompleteAttempt complete;
    private final UpdateMastery mastery;
    private final Essays essays;
    private final ModulePractices practices;
    private final PretestSeeding pretest;
    private final Clock clock;

    public RecordAnswer(Attempts attempts, AttemptState state, ItemCatalog catalog, CompleteAttempt complete,
            UpdateMastery mastery, Essays essays, ModulePractices practices, PretestSeeding pretest, Clock clock) {
        this.practices = practices;
        this.pretest = pretest;
        this.essays = essays;
        this.attempts = attempts;
        this.state = state;
        this.catalog = catalog;
        this.complete = complete;
        this.mastery = mastery;
        this.clock = clock;
    }

    public sealed interface Outcome {
    }

    /**
     * @param completed the attempt ended with this answer
     * @param feedback  the attempt gives feedback on each answer (practice)
     */
    public record Saved(int position, boolean completed, boolean feedback) implements Outcome {
    }

    /** Nothing saved: the answer is missing a part; {@code messageKey} says which. */
    public record Incomplete(String messageKey) implements Outcome {
    }

    /** Nothing saved: the time was up; the attempt has ended with what was saved before. */
    public record TimeUp() implements Outcome {
    }

    /**
     * Nothing saved: this item's answer was recorded by an earlier submission of the same page (a
     * double click, a resent form); the answer stays as first recorded.
     *
     * @param latest   it is the last answered item of the attempt
     * @param finished the attempt has ended since
     * @param feedback the attempt gives feedback on each answer (practice)
     */
    public record AlreadyRecorded(int position, boolean latest, boolean finished, boolean feedback)
            implements Outcome {
    }

    @Transactional
    public Outcome record(Student student, UUID attemptId, String token, Map<String, List<String>> fields) {
        AttemptProgress progress = attempts.lock(student.memberId(), student.userId(), attemptId)
                .orElseThrow(ShowNextItem::notFound);
        Attempt attempt = progress.attempt();
        Optional<AlreadyRecorded> resent = alreadyRecorded(progress, token);
        if (resent.isPresent()) {
            return resent.get();
        }
        if (!attempt.inProgress()) {
            throw new PlumeProblemException("ASSESSMENT-ATTEMPT-FINISHED", 409);
        }
        Instant now = Instant.now(clock);
        if (attempt.pastDeadline(now)) {
            complete.complete(attempt, state.rebuild(progress), EndReason.TIME_UP);
            log.info("event=answer.refused-late member={} attempt={}", attempt.memberId(), attempt.id());
            return new TimeUp();
        }
        ShownItem pending = progress.pending()
                .filter(item -> item.token().equals(token))
                .orElseThrow(() -> outOfOrder(attempt));
        Item item = catalog.item(pending.itemId(), pending.itemVersion()).orElseThrow();
        Presentation presentation = Presentation.of(item, attempt.seed());
        AnswerForm.Capture capture = AnswerForm.read(presentation.view(), fields);
        if (capture instanceof AnswerForm.Incomplete incomplete) {
            return new Incomplete(incomplete.messageKey());
        }
        var displayed = ((AnswerForm.Captured) capture).response();
        ScoreResult score = presentation.score(displayed);
        if (score.needsHumanMarking() && displayed instanceof Response.Essay essay) {
            return saveEssay(progress, pending, item, essay.text(), now);
        }
        // θ moves by this one answer, from the posterior stored after the previous one; a pretest
        // answer is stored and counted towards its item's target, θ stays as it was.
        AdaptiveTest test = state.rebuild(progress);
        if (pending.pretest()) {
            return savePretest(attempt, pending, token, presentation.toCanonical(displayed), score, test, now);
        }
        test.record(new ScoredResponse(pending.parameters(), score.correct()));
        if (!attempts.saveAnswer(attempt.memberId(), attempt.id(), pending.position(), token,
                presentation.toCanonical(displayed), score.correct(), score.credit(), now,
                AttemptState.posterior(test))) {
            throw outOfOrder(attempt);
        }
        // A module practice ends with the module's last item, whatever the adaptive stopping rule says.
        Optional<ModulePractice> module = practices.of(attempt.memberId(), attempt.id());
        boolean completed = module.map(m -> progress.answeredCount() + 1 >= m.size())
                .orElseGet(() -> test.stopReason().isPresent());
        if (completed) {
            complete.complete(attempt, test, EndReason.TEST_COMPLETE); // updates mastery too
        } else if (attempt.mode() == TestMode.FORMATIVE) {
            mastery.update(attempt.memberId(), attempt.userId());
        }
        return new Saved(pending.position(), completed, attempt.givesFeedback());
    }

    private Outcome savePretest(Attempt attempt, ShownItem pending, String token, Response canonical,
            ScoreResult score, AdaptiveTest test, Instant now) {
        if (!attempts.saveAnswer(attempt.memberId(), attempt.id(), pending.position(), token, canonical,
                score.correct(), score.credit(), now, AttemptState.posterior(test))) {
            throw outOfOrder(attempt);
        }
        pretest.answered(pending);
        return new Saved(pending.position(), false, attempt.givesFeedback());
    }

    private Outcome saveEssay(AttemptProgress progress, ShownItem pending, Item item, String text, Instant now) {
        Attempt attempt = progress.attempt();
        if (!attempts.saveAwaitingMarking(attempt.memberId(), attempt.id(), pending.position(), pending.token(), now)) {
            throw outOfOrder(attempt);
        }
        essays.insert(new Essay(attempt.id(), pending.position(), attempt.memberId(), attempt.userId(),
                attempt.contextId(), item.id(), text, Essay.countWords(text), now, null));
        log.info("event=essay.submitted member={} attempt={} position={}", attempt.memberId(), attempt.id(),
                pending.position());
        boolean completed = attempt.writing();
        if (completed) {
            complete.complete(attempt, state.rebuild(progress), EndReason.TEST_COMPLETE);
        }
        return new Saved(pending.position(), completed, attempt.givesFeedback());
    }

    /** The item this token was issued for, when its answer is already saved (the row lock orders resends after it). */
    private static Optional<AlreadyRecorded> alreadyRecorded(AttemptProgress progress, String token) {
        Attempt attempt = progress.attempt();
        Optional<ShownItem> answered = progress.answeredWith(token);
        answered.ifPresent(item -> log.info("event=answer.already-recorded member={} attempt={} position={}",
                attempt.memberId(), attempt.id(), item.position()));
        int last = progress.lastAnsweredPosition();
        return answered.map(item -> new AlreadyRecorded(item.position(), item.position() == last,
                !attempt.inProgress(), attempt.givesFeedback()));
    }

    private static PlumeProblemException outOfOrder(Attempt attempt) {
        log.info("event=answer.refused-out-of-order member={} attempt={}", attempt.memberId(), attempt.id());
        return new PlumeProblemException("ASSESSMENT-OUT-OF-ORDER", 409);
    }
}

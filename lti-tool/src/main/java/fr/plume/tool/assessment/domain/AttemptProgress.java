package fr.plume.tool.assessment.domain;

import fr.plume.tool.assessment.engine.ScoredResponse;
import java.util.List;
import java.util.Optional;

/**
 * An attempt with everything a request on it needs, read once: its shown items in order and the
 * stored posterior of its θ.
 *
 * @param posterior the stored posterior, null when there is none
 */
public record AttemptProgress(Attempt attempt, List<ShownItem> shown, AbilityPosterior posterior) {

    public AttemptProgress {
        shown = List.copyOf(shown);
    }

    /** The item shown and not answered yet, if any (there is at most one). */
    public Optional<ShownItem> pending() {
        return shown.stream().filter(item -> !item.answered()).findFirst();
    }

    /** The answered item this one-time token was issued for. */
    public Optional<ShownItem> answeredWith(String token) {
        return shown.stream().filter(ShownItem::answered).filter(item -> item.token().equals(token)).findFirst();
    }

    public int answeredCount() {
        return (int) shown.stream().filter(ShownItem::answered).count();
    }

    /** Position of the last answered item, 0 when none is. */
    public int lastAnsweredPosition() {
        return shown.stream().filter(ShownItem::answered).mapToInt(ShownItem::position).max().orElse(0);
    }

    /** The scored answers, in the order they were given, as the engine counts them (an essay does not). */
    public List<ScoredResponse> scoredResponses() {
        return shown.stream().filter(ShownItem::scored)
                .map(item -> new ScoredResponse(item.parameters(), item.correct()))
                .toList();
    }

    /** The stored posterior when it holds exactly the scored answers (else θ is rebuilt from them). */
    public Optional<AbilityPosterior> currentPosterior() {
        return Optional.ofNullable(posterior).filter(p -> p.answers() == scoredResponses().size());
    }
}

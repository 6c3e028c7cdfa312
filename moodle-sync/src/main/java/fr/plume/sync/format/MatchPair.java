package fr.plume.sync.format;

/** A matching sub-question: the prompt and the answer that goes with it. */
public record MatchPair(String prompt, String answer) {

    public MatchPair {
        prompt = Text.canonical(prompt);
        answer = Text.canonical(answer);
    }
}

package fr.plume.tool.demo.domain;

/** What the platform does with a received score: store it, or refuse it with a status and a reason. */
public sealed interface ScoreVerdict {

    record Accepted(ScoreSubmission score) implements ScoreVerdict {
    }

    record Refused(int status, String reason) implements ScoreVerdict {
    }
}

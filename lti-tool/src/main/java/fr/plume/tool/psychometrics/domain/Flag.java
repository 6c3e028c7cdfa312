package fr.plume.tool.psychometrics.domain;

/** A flag raised on an item: the rule and the figure that broke it (e.g. "0.08"). */
public record Flag(FlagRule rule, String evidence) {
}

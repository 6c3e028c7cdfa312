package fr.plume.tool.psychometrics.domain;

/** DIF of one item between the two groups of a comparison, by both methods. */
public record DifResult(String itemId, int referenceCount, int focalCount, MantelHaenszel.Result mantelHaenszel,
                        LogisticRegressionDif.Result logistic) {

    /** ETS B or C, or moderate non-uniform DIF: the item goes to review. */
    public boolean flagged() {
        return mantelHaenszel.category() != EtsCategory.A || nonUniform();
    }

    public boolean nonUniform() {
        return logistic.nonUniform();
    }
}

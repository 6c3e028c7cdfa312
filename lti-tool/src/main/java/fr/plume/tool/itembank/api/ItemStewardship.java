package fr.plume.tool.itembank.api;

import java.util.UUID;

/**
 * What the psychometrician may do to a published item (issue 16): put it in pretest (its
 * parameters in force become the {@value PublishedItem#PRETEST_VERSION} version, a prior, until
 * a calibration's estimate is promoted for it) or retire it from delivery.
 */
public interface ItemStewardship {

    /** False when the item is not published or has been in pretest before (a version is never rewritten). */
    boolean startPretest(UUID itemId);

    /** Retires the published item; attempts keep the copy they showed. {@code by} is the tool account. */
    void retire(UUID itemId, String by);
}

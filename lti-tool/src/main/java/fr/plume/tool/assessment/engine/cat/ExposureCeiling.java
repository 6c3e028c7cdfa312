package fr.plume.tool.assessment.engine.cat;

/**
 * A ceiling on the running exposure, on top of Sympson–Hetter: Sympson–Hetter parameters come
 * from a simulation and bound the exposure only approximately (on a 16 × 20 bank the certification
 * still ended at 0.21–0.22 against 0.20). The ceiling uses what really happened: with n candidates
 * counted so far (the current one included) and an item already given s times, the item may be
 * given again only while s &lt; max(⌊limit·n⌋, warmUp). By induction an item is never given more
 * than max(limit·n, warmUp) times, so its exposure s/n stays at or under the limit as soon as
 * n ≥ warmUp / limit (50 candidates for the certification), by construction rather than on
 * average; the warm-up lets the first candidates take a test at all. The counts are shared by
 * every node (in live delivery, a table of running counts).
 *
 * @param limit  the blueprint's exposure limit
 * @param warmUp times any item may be given whatever the number of candidates
 */
public record ExposureCeiling(double limit, int warmUp) {

    public static final int DEFAULT_WARM_UP = 10;

    public ExposureCeiling {
        if (!(limit > 0.0 && limit <= 1.0) || warmUp < 1) {
            throw new IllegalArgumentException("need a limit in (0, 1] and a warm-up of at least one");
        }
    }

    public static ExposureCeiling of(TestBlueprint blueprint) {
        return new ExposureCeiling(blueprint.exposureLimit(), DEFAULT_WARM_UP);
    }

    /**
     * How many times an item may have been given, with {@code candidates} counted (the current one
     * included), and still be given to the current candidate: items given this many times or more
     * are set aside.
     */
    public long allowance(long candidates) {
        return Math.max((long) Math.floor(limit * candidates + 1e-9), warmUp);
    }

    public boolean allows(long timesGiven, long candidates) {
        return timesGiven < allowance(candidates);
    }
}

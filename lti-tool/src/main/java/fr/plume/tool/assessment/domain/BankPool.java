package fr.plume.tool.assessment.domain;

import fr.plume.tool.assessment.engine.cat.TestMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * The slice of the bank an item belongs to (issue 17). The certification draws only from the
 * certification pool and the mock certification only from the practice pool, so a student who
 * takes mock certifications, as many as they like, never meets a certification item in them.
 * Diagnostic and formative attempts draw from the whole bank ({@link #forMode}): a quarter of a
 * bank the size of the sample bank is below what a diagnostic needs; a consortium whose bank is
 * large enough may send them to the practice pool too
 * ({@code plume.assessment.practice-pool-for-diagnostics}).
 *
 * <p>The pool is a pure function of the item's family ({@link #of}): SHA-256 of the family id puts
 * {@link #CERTIFICATION_SHARE} of the families in the certification pool. A family's variants are
 * near-copies, so they stay together; an item's pool never changes when the bank grows or is
 * recalibrated (a rank-based split would move items, and expose certification ones, as families
 * are added).
 */
public enum BankPool {
    CERTIFICATION,
    PRACTICE;

    /**
     * Three quarters of the families: with the 345-item sample bank the certification pool holds
     * 266 items and at least 13 per competency, above the certification's minimum bank (250, 10).
     */
    public static final double CERTIFICATION_SHARE = 0.75;

    public static BankPool of(String familyId) {
        return draw(familyId) < CERTIFICATION_SHARE ? CERTIFICATION : PRACTICE;
    }

    /**
     * The pool a test of this mode draws from; empty: the whole bank.
     *
     * @param practicePoolForDiagnostics diagnostic and formative attempts draw from the practice
     *                                   pool too (a bank large enough for it); otherwise from the
     *                                   whole bank
     */
    public static Optional<BankPool> forMode(TestMode mode, boolean practicePoolForDiagnostics) {
        return switch (mode) {
            case CERTIFICATION -> Optional.of(CERTIFICATION);
            case MOCK_CERTIFICATION -> Optional.of(PRACTICE);
            case DIAGNOSTIC, FORMATIVE -> practicePoolForDiagnostics ? Optional.of(PRACTICE) : Optional.empty();
        };
    }

    /** A uniform value in [0, 1) from the family id (first 16 bits of its salted SHA-256). */
    static double draw(String familyId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(("plume-pool:" + familyId).getBytes(StandardCharsets.UTF_8));
            return (((hash[0] & 0xff) << 8) | (hash[1] & 0xff)) / 65536.0;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}

package fr.plume.tool.assessment.api;

import java.util.UUID;

/**
 * Who may start or resume a certifying attempt now, and with which accommodations: implemented by
 * the certification module (candidates authorised by their invigilator). Assessment asks it before
 * starting or resuming a certifying attempt, in the same transaction; without an implementation, or
 * when it does not govern the certification, the launch's own custom parameters apply.
 */
public interface CertifyingAdmissions {

    /**
     * @param governed        false when this certification's sittings are not invigilated by the tool
     * @param admitted        the candidate may start or resume now (an authorisation is used once)
     * @param extraTimePercent the candidate's accommodated extra time
     * @param accessibleItems only accessible items may be given
     */
    record Admission(boolean governed, boolean admitted, int extraTimePercent, boolean accessibleItems) {

        public static Admission notGoverned() {
            return new Admission(false, true, 0, false);
        }

        public static Admission refused() {
            return new Admission(true, false, 0, false);
        }
    }

    /** Takes the candidate's admission to start or resume, or says it is refused. */
    Admission admit(UUID memberId, UUID userId, String certificationId);

    /**
     * How recent a profile level must be to count, in months: the eligibility rule's, so the
     * certifying test starts from the same profile that made the candidate eligible.
     */
    default int profileMonths() {
        return 12;
    }

    /** The certifying attempt the admitted candidate started or resumed, in the same transaction. */
    void started(UUID memberId, UUID userId, String certificationId, UUID attemptId);

    /**
     * Whether an in-progress certifying attempt of this certification may be opened only from the
     * browser session its admission was given to (a relaunch must be authorised again). Deny by
     * default: true unless the implementation says the certification is not invigilated.
     *
     * @param certificationId the launch's certification, null when the launch names none
     */
    default boolean invigilated(UUID memberId, String certificationId) {
        return true;
    }
}

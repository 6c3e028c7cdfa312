package fr.plume.tool.assessment.application;

import fr.plume.tool.assessment.domain.Attempt;
import fr.plume.tool.assessment.domain.LinkedActivity;
import fr.plume.tool.assessment.domain.Attempts;
import fr.plume.tool.assessment.domain.CertificationSeat;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who may sit which certification, and how many times (DESIGN §7). A certifying attempt starts only
 * from a certification activity: a link whose custom parameters name a certification the tool
 * offers ({@code plume_kind} = CERTIFICATION, {@code plume_activity} = its id). The limit counts per
 * person and certification: a person is Plume's user of one member, that is one platform user
 * (iss + sub) across all the member's deployments, courses and links; a certification is the placed
 * certification activity's identity ({@code plume_activity}), the same in every course it is placed
 * in. The database holds one row per seat ({@code certification_seat}), so two requests can never
 * start the same seat.
 */
@Component
public class CertificationSeats {

    private final Attempts attempts;
    private final OfferedActivities offered;
    private final CertificationSettings settings;

    CertificationSeats(Attempts attempts, OfferedActivities offered, CertificationSettings settings) {
        this.attempts = attempts;
        this.offered = offered;
        this.settings = settings;
    }

    /**
     * Where a person stands with one certification.
     *
     * @param seats   their certifying attempts at it, in seat order
     * @param allowed how many attempts a person may start
     */
    public record Standing(String certificationId, List<CertificationSeat> seats, int allowed) {

        public Optional<Attempt> inProgress() {
            return seats.stream().map(CertificationSeat::attempt).filter(Attempt::inProgress).findFirst();
        }

        /** Every allowed attempt has been started and none is left to resume. */
        public boolean exhausted() {
            return inProgress().isEmpty() && seats.size() >= allowed;
        }

        public Optional<Attempt> latest() {
            return seats.isEmpty() ? Optional.empty() : Optional.of(seats.get(seats.size() - 1).attempt());
        }

        int nextSeat() {
            return seats.stream().mapToInt(CertificationSeat::number).max().orElse(0) + 1;
        }
    }

    /** The certification the student's link opens, when it is a certification activity the tool offers. */
    public Optional<String> certificationOf(Student student) {
        return LinkedActivity.from(student.custom()).certification().filter(offered::certificationOffered);
    }

    /** The certification of the student's link, or a refusal when the link is no certification activity. */
    public String requireCertification(Student student) {
        return certificationOf(student)
                .orElseThrow(() -> new PlumeProblemException("ASSESSMENT-CERTIFICATION-WRONG-ACTIVITY", 403));
    }

    public Standing standing(Student student, String certificationId) {
        return new Standing(certificationId,
                attempts.certificationSeats(student.memberId(), student.userId(), certificationId),
                settings.attemptsPerCertification());
    }
}

package fr.plume.tool.privacy.application;

import fr.plume.tool.assessment.api.LearnerRecords.AttemptRecord;
import fr.plume.tool.assessment.api.LearnerRecords.EssayRecord;
import fr.plume.tool.assessment.api.LearnerRecords.MasteryRecord;
import fr.plume.tool.certification.api.CandidateRecords.Candidacy;
import fr.plume.tool.certification.api.CandidateRecords.Certificate;
import fr.plume.tool.lti.api.LaunchedPeople.Enrolment;
import fr.plume.tool.lti.api.LaunchedPeople.MonthlyLaunches;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Everything the tool holds about one person (GDPR Art. 15 and 20), as the export's JSON and the
 * page show it. Tool accounts are staff accounts, never an LTI person's: they are not part of it.
 */
public record PersonalData(Instant exportedAt, Identity identity, List<Enrolment> courses,
        List<MonthlyLaunches> launches, List<AttemptRecord> attempts, List<EssayRecord> essays,
        List<MasteryRecord> mastery, List<Accommodation> accommodations, List<Candidacy> candidacies,
        List<Certificate> certificates) {

    /**
     * Who the person is for the tool.
     *
     * @param identityHash SHA-256 of the platform's issuer and the person's {@code sub}
     * @param erased       whether the person's identifiers were replaced by a pseudonym
     */
    public record Identity(UUID personId, String memberCode, String memberName, String issuer, String identityHash,
            String givenName, String familyName, String name, String email, String locale, Instant firstLaunchAt,
            Instant lastLaunchAt, boolean erased) {
    }

    /** Extra time or accessible items an attempt or a candidacy ran with. */
    public record Accommodation(String where, Instant since, int extraTimePercent, boolean accessibleItems) {
    }

    public long answerCount() {
        return attempts.stream().mapToLong(a -> a.answers().stream().filter(x -> x.answeredAt() != null).count()).sum();
    }

    public int launchCount() {
        return launches.stream().mapToInt(MonthlyLaunches::launches).sum();
    }
}

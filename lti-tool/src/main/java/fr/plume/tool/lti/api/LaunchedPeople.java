package fr.plume.tool.lti.api;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The people the tool knows from launches, as the privacy module needs them (docs/privacy.md):
 * what is stored about one person, finding a person for an access request, replacing their
 * identifiers by a pseudonym, and deleting launch counts past their retention period.
 */
public interface LaunchedPeople {

    /**
     * A person as the platform described them at their last launch.
     *
     * @param subject the platform's {@code sub} (already a pseudonymous id chosen by the platform)
     */
    record Person(UUID id, UUID memberId, String issuer, String subject, String givenName, String familyName,
            String name, String email, String locale, Instant firstLaunchAt, Instant lastLaunchAt) {
    }

    /** A course the person launched from, with the roles of their last launch there. */
    record Enrolment(String courseLabel, String courseTitle, List<String> roles, Instant lastLaunchAt) {
    }

    /** How many times the person launched in one month (UTC). */
    record MonthlyLaunches(YearMonth month, int launches, boolean asLearner) {
    }

    Optional<Person> find(UUID personId);

    /**
     * People whose name, e-mail or platform id contains {@code text} (case-insensitive), of one
     * member or of every member when {@code memberId} is null; at most {@code limit}.
     */
    List<Person> search(UUID memberId, String text, int limit);

    List<Enrolment> enrolments(UUID memberId, UUID personId);

    List<MonthlyLaunches> launches(UUID memberId, UUID personId);

    /**
     * Replaces the person's platform id by {@code pseudonym} and forgets their names, e-mail and
     * locale, and the course rosters' copies of them; the rows stay, so statistics keep counting.
     */
    void pseudonymise(UUID memberId, UUID personId, String pseudonym);

    /** Deletes the monthly launch counts of months before {@code month}; how many rows. */
    int deleteLaunchCountsBefore(YearMonth month);

    /**
     * Deletes the grade deliveries that ended before {@code cutoff} (delivered, superseded or
     * discarded); pending and dead ones stay, and so do those an administrator acted on (their
     * append-only audit names them). How many rows.
     */
    int deleteFinishedGradesBefore(Instant cutoff);
}

package fr.plume.tool.privacy.application;

import fr.plume.tool.assessment.api.LearnerRecords;
import fr.plume.tool.certification.api.CandidateRecords;
import fr.plume.tool.identity.api.AccountRecords;
import fr.plume.tool.identity.api.Members;
import fr.plume.tool.lti.api.LaunchedPeople;
import fr.plume.tool.lti.api.LaunchedPeople.Person;
import fr.plume.tool.privacy.domain.IdentityHash;
import fr.plume.tool.privacy.domain.Pseudonym;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers everything about one person from the modules that hold it: for the person themself
 * (their launch's member and id only) or for an administrator within their scope.
 */
@Service
public class ExportPersonalData {

    private final LaunchedPeople people;
    private final LearnerRecords learners;
    private final CandidateRecords candidates;
    private final Members members;
    private final AccountRecords accounts;
    private final Clock clock;

    public ExportPersonalData(LaunchedPeople people, LearnerRecords learners, CandidateRecords candidates,
            Members members, AccountRecords accounts, Clock clock) {
        this.people = people;
        this.accounts = accounts;
        this.learners = learners;
        this.candidates = candidates;
        this.members = members;
        this.clock = clock;
    }

    /** The launched person's own data. */
    @Transactional(readOnly = true)
    public PersonalData own(UUID memberId, UUID personId) {
        Person person = people.find(personId).filter(p -> p.memberId().equals(memberId))
                .orElseThrow(ExportPersonalData::unknown);
        return gather(person);
    }

    /** A person's data for an access request; unknown (404) outside the administrator's scope. */
    @Transactional(readOnly = true)
    public PersonalData forAdministrator(AdminScope scope, UUID personId) {
        return gather(inScope(people, scope, personId));
    }

    /**
     * A tool account's data (staff, GDPR Art. 15): a member administrator may export their
     * member's accounts only; accounts of no member are the consortium administrator's.
     */
    @Transactional(readOnly = true)
    public AccountRecords.Account account(AdminScope scope, UUID accountId) {
        return accounts.find(accountId)
                .filter(a -> scope.memberId() == null || scope.memberId().equals(a.memberId()))
                .orElseThrow(ExportPersonalData::unknown);
    }

    static Person inScope(LaunchedPeople people, AdminScope scope, UUID personId) {
        return people.find(personId).filter(p -> scope.covers(p.memberId())).orElseThrow(ExportPersonalData::unknown);
    }

    static PlumeProblemException unknown() {
        return new PlumeProblemException("PRIVACY-PERSON-UNKNOWN", 404);
    }

    private PersonalData gather(Person person) {
        UUID member = person.memberId();
        Members.Member owner = members.findById(member).orElseThrow(ExportPersonalData::unknown);
        var identity = new PersonalData.Identity(person.id(), owner.code(), owner.name(), person.issuer(),
                IdentityHash.of(person.issuer(), person.subject()), person.givenName(), person.familyName(),
                person.name(), person.email(), person.locale(), person.firstLaunchAt(), person.lastLaunchAt(),
                Pseudonym.is(person.subject()));
        var attempts = learners.attempts(member, person.id());
        var candidacies = candidates.candidacies(member, person.id(), person.subject());
        List<PersonalData.Accommodation> accommodations = new ArrayList<>();
        attempts.stream().filter(a -> a.extraTimePercent() > 0 || a.accessibleItems())
                .forEach(a -> accommodations.add(new PersonalData.Accommodation("attempt:" + a.mode(),
                        a.startedAt(), a.extraTimePercent(), a.accessibleItems())));
        candidacies.stream().filter(c -> c.extraTimePercent() > 0 || c.accessibleItems())
                .forEach(c -> accommodations.add(new PersonalData.Accommodation("certification:" + c.certification(),
                        c.enrolledAt(), c.extraTimePercent(), c.accessibleItems())));
        return new PersonalData(clock.instant(), identity, people.enrolments(member, person.id()),
                people.launches(member, person.id()), attempts, learners.essays(member, person.id()),
                learners.mastery(member, person.id()), List.copyOf(accommodations), candidacies,
                candidates.certificates(member, person.id()));
    }
}

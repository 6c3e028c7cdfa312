package fr.plume.tool.privacy.application;

import fr.plume.tool.assessment.api.LearnerRecords;
import fr.plume.tool.certification.api.CandidateRecords;
import fr.plume.tool.lti.api.LaunchedPeople;
import fr.plume.tool.lti.api.LaunchedPeople.Person;
import fr.plume.tool.privacy.domain.Erasure;
import fr.plume.tool.privacy.domain.ErasureLog;
import fr.plume.tool.privacy.domain.Pseudonym;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erasure by pseudonymisation (GDPR Art. 17, docs/privacy.md): in one transaction, the person's
 * identifiers become a random pseudonym, the texts they typed are deleted, their scores and
 * verdicts stay pseudonymous for statistics and calibration, and issued certificates stay as they
 * are (Art. 17(3)(b): the certificate is a public act its holder and third parties rely on).
 * Refused while a certification of the person is under way. Logged without personal data.
 */
@Service
public class ErasePerson {

    private static final Logger log = LoggerFactory.getLogger(ErasePerson.class);

    private final LaunchedPeople people;
    private final LearnerRecords learners;
    private final CandidateRecords candidates;
    private final ErasureLog erasures;
    private final Clock clock;

    public ErasePerson(LaunchedPeople people, LearnerRecords learners, CandidateRecords candidates,
            ErasureLog erasures, Clock clock) {
        this.people = people;
        this.learners = learners;
        this.candidates = candidates;
        this.erasures = erasures;
        this.clock = clock;
    }

    @Transactional
    public Erasure erase(AdminScope scope, UUID personId, String actor) {
        Person person = ExportPersonalData.inScope(people, scope, personId);
        if (Pseudonym.is(person.subject())) {
            throw new PlumeProblemException("PRIVACY-ALREADY-ERASED", 409);
        }
        UUID member = person.memberId();
        if (learners.certifyingInProgress(member, personId) || candidates.inProgress(member, personId, person.subject())) {
            throw new PlumeProblemException("PRIVACY-CERTIFICATION-IN-PROGRESS", 409);
        }
        Pseudonym pseudonym = Pseudonym.random();
        LearnerRecords.ErasedTexts texts = learners.eraseFreeTexts(member, personId);
        CandidateRecords.Pseudonymised candidacies = candidates.pseudonymise(member, personId, person.subject(),
                pseudonym.value());
        people.pseudonymise(member, personId, pseudonym.value());
        Erasure erasure = new Erasure(UUID.randomUUID(), member, pseudonym, actor, clock.instant(), texts.essays(),
                texts.freeTexts(), candidacies.candidacies(), candidacies.certificatesKept());
        erasures.append(erasure);
        log.info("event=privacy.erasure member={} pseudonym={} essays={} freeTexts={} candidacies={} certificatesKept={}",
                member, pseudonym, texts.essays(), texts.freeTexts(), candidacies.candidacies(),
                candidacies.certificatesKept());
        return erasure;
    }
}

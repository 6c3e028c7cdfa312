package fr.plume.tool.certification.application;

import fr.plume.tool.certification.domain.Candidate;
import fr.plume.tool.certification.domain.Candidates;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The candidate's own standing in their open session (waiting, authorised, sitting, ended). */
@Component
public class ShowCandidacy {

    private final Candidates candidates;

    ShowCandidacy(Candidates candidates) {
        this.candidates = candidates;
    }

    @Transactional
    public Optional<Candidate> of(Sitter sitter) {
        if (sitter.certificationId() == null) {
            return Optional.empty();
        }
        return candidates.lockOpenCandidacy(sitter.memberId(), sitter.userId(), sitter.certificationId());
    }
}

package fr.plume.tool.assessment.domain;

import java.util.Optional;
import java.util.UUID;

/** Which attempts practise a placed open module, and its fixed sequence; always within one member. */
public interface ModulePractices {

    void insert(UUID memberId, ModulePractice practice);

    /** The module this attempt practises; empty for any other attempt. */
    Optional<ModulePractice> of(UUID memberId, UUID attemptId);
}

package fr.plume.tool.assessment.api;

import java.util.List;
import java.util.UUID;

/**
 * Read access to certification results, always within one member. A certification score leaves the
 * tool only once its result is published ({@link CertificationPublication}).
 */
public interface CertificationResults {

    /** The results of one member awaiting publication, oldest first. */
    List<CertificationResult> awaitingPublication(UUID memberId);
}

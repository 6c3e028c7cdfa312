package fr.plume.tool.lti.ags.domain;

import fr.plume.tool.lti.ags.domain.AgsEndpoints.AgsLink;
import fr.plume.tool.lti.api.RegistrationView;

/** Posts a score to the platform's line item for a resource link (AGS 2.0 §3.4). */
public interface PlatformScores {

    DeliveryOutcome deliver(RegistrationView registration, AgsLink link, ClaimedGrade grade);
}

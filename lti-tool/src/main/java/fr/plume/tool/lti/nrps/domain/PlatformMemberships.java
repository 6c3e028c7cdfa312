package fr.plume.tool.lti.nrps.domain;

import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.lti.domain.TokenUnavailable;
import fr.plume.tool.lti.nrps.domain.Rosters.RosterEntry;
import java.io.IOException;
import java.net.URI;
import java.util.List;

/** Reads a course context's memberships from the platform (NRPS 2.0), every page. */
public interface PlatformMemberships {

    List<RosterEntry> fetch(RegistrationView registration, URI memberships) throws IOException, TokenUnavailable;
}

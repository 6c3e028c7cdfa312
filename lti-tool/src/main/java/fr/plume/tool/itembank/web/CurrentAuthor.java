package fr.plume.tool.itembank.web;

import fr.plume.tool.itembank.domain.Author;
import fr.plume.tool.lti.api.CurrentLaunch;
import fr.plume.tool.lti.api.LaunchContext;
import fr.plume.tool.lti.api.LaunchDescriptions;
import fr.plume.tool.lti.api.LtiRole;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The author behind the current request: a tool account granted the author role, or a launch
 * with the ContentDeveloper role (LTI Core §A.2.3, membership role). Anyone else (students,
 * teachers, administrators without it) is refused with {@code ITEMBANK-NOT-AUTHOR}.
 */
@Component
class CurrentAuthor {

    static final String AUTHOR_ROLE = "ROLE_AUTHOR";

    private final ObjectProvider<CurrentLaunch> launch;
    private final ObjectProvider<LaunchDescriptions> descriptions;

    CurrentAuthor(ObjectProvider<CurrentLaunch> launch, ObjectProvider<LaunchDescriptions> descriptions) {
        this.launch = launch;
        this.descriptions = descriptions;
    }

    Author require() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.isAuthenticated()
                && signedIn.getAuthorities().stream().anyMatch(a -> AUTHOR_ROLE.equals(a.getAuthority()))) {
            return Author.account(signedIn.getName());
        }
        CurrentLaunch current = launch.getIfAvailable();
        Optional<LaunchContext> context = current == null ? Optional.empty() : current.get();
        if (context.isEmpty()) {
            // a signed-in tool account without the author role is refused, not asked to relaunch
            boolean account = signedIn != null && signedIn.isAuthenticated()
                    && !(signedIn instanceof AnonymousAuthenticationToken);
            throw account ? new PlumeProblemException("ITEMBANK-NOT-AUTHOR", 403)
                    : new PlumeProblemException("LTI-SESSION-MISSING", 401);
        }
        LaunchContext launched = context.get();
        if (!launched.has(LtiRole.CONTENT_DEVELOPER)) {
            throw new PlumeProblemException("ITEMBANK-NOT-AUTHOR", 403);
        }
        LaunchDescriptions names = descriptions.getIfAvailable();
        String name = names == null ? null : names.describe(launched).displayName();
        return Author.launched(launched.memberId(), launched.userId(), name);
    }
}

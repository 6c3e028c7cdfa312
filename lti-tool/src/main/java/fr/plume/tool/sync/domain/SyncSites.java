package fr.plume.tool.sync.domain;

import fr.plume.sync.job.KeywordRule;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Members' Moodle sites. Every read of one site names its member, so a site is never reached
 * through another member. The token goes in encrypted and only {@link #token} gives it back.
 */
public interface SyncSites {

    /** Creates the site, or updates the member's site of that name; a blank token keeps the stored one. */
    UUID save(UUID memberId, String name, String baseUrl, String token, long scaleId, Set<SyncJobKind> jobs,
            List<OaiSourceConfig> oaiSources, List<KeywordRule> rules);

    Optional<SyncSite> find(UUID memberId, UUID siteId);

    List<SyncSite> ofMember(UUID memberId);

    /** The decrypted token, for the run about to use it; never for display. */
    String token(UUID memberId, UUID siteId);

    void markPushed(UUID memberId, UUID siteId, UUID frameworkVersionId);
}

package fr.plume.tool.sync.domain;

import fr.plume.sync.job.KeywordRule;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A member's Moodle as the tool syncs with it. The token is deliberately absent: it is only
 * decrypted when a job needs it, and never leaves the run that uses it.
 */
public record SyncSite(UUID id, UUID memberId, String name, String baseUrl, long scaleId, Set<SyncJobKind> enabledJobs,
        List<OaiSourceConfig> oaiSources, List<KeywordRule> keywordRules, UUID lastPushedFrameworkId) {

    public SyncSite {
        enabledJobs = Set.copyOf(enabledJobs);
        oaiSources = List.copyOf(oaiSources);
        keywordRules = List.copyOf(keywordRules);
    }

    public boolean allows(SyncJobKind job) {
        return enabledJobs.contains(job);
    }

    public Optional<OaiSourceConfig> oaiSource(String name) {
        return oaiSources.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}

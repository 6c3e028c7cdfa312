package fr.plume.tool.sync.application;

import fr.plume.sync.catalogue.DraftItemSink;
import fr.plume.sync.catalogue.RatingLedger;
import fr.plume.sync.format.DraftItem;
import fr.plume.sync.job.KeywordRule;
import fr.plume.tool.sync.domain.ClaimedRun;
import fr.plume.tool.sync.domain.DraftQuestions;
import fr.plume.tool.sync.domain.OaiSourceConfig;
import fr.plume.tool.sync.domain.PendingDraft;
import fr.plume.tool.sync.domain.RatingLedgers;
import fr.plume.tool.sync.domain.RatingPreference;
import fr.plume.tool.sync.domain.RatingPreferences;
import fr.plume.tool.sync.domain.RunStatus;
import fr.plume.tool.sync.domain.StoredReport;
import fr.plume.tool.sync.domain.SyncJobKind;
import fr.plume.tool.sync.domain.SyncRun;
import fr.plume.tool.sync.domain.SyncRuns;
import fr.plume.tool.sync.domain.SyncSchedule;
import fr.plume.tool.sync.domain.SyncSchedules;
import fr.plume.tool.sync.domain.SyncSite;
import fr.plume.tool.sync.domain.SyncSites;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * In-memory stand-ins of the sync module's ports, for the use cases' unit tests. They keep the
 * adapters' contracts that the use cases rely on (member isolation, leases, one decision per
 * draft); the SQL itself is covered by the tests that boot the tool on PostgreSQL.
 */
final class SyncPorts {

    private SyncPorts() {
    }

    static final class MemorySites implements SyncSites {
        final Map<UUID, SyncSite> sites = new LinkedHashMap<>();
        final Map<UUID, String> tokens = new HashMap<>();

        @Override
        public UUID save(UUID memberId, String name, String baseUrl, String token, long scaleId, Set<SyncJobKind> jobs,
                List<OaiSourceConfig> oaiSources, List<KeywordRule> rules) {
            UUID id = sites.values().stream().filter(s -> s.memberId().equals(memberId) && s.name().equals(name))
                    .map(SyncSite::id).findFirst().orElseGet(UUID::randomUUID);
            sites.put(id, new SyncSite(id, memberId, name, baseUrl, scaleId, jobs, oaiSources, rules, null));
            if (token != null && !token.isBlank()) {
                tokens.put(id, token.strip());
            }
            return id;
        }

        @Override
        public Optional<SyncSite> find(UUID memberId, UUID siteId) {
            return Optional.ofNullable(sites.get(siteId)).filter(s -> s.memberId().equals(memberId));
        }

        @Override
        public List<SyncSite> ofMember(UUID memberId) {
            return sites.values().stream().filter(s -> s.memberId().equals(memberId)).toList();
        }

        @Override
        public String token(UUID memberId, UUID siteId) {
            return find(memberId, siteId).map(s -> tokens.get(siteId)).orElseThrow();
        }

        @Override
        public void markPushed(UUID memberId, UUID siteId, UUID frameworkVersionId) {
            find(memberId, siteId).ifPresent(s -> sites.put(siteId, new SyncSite(s.id(), s.memberId(), s.name(),
                    s.baseUrl(), s.scaleId(), s.enabledJobs(), s.oaiSources(), s.keywordRules(), frameworkVersionId)));
        }
    }

    static final class MemorySchedules implements SyncSchedules {
        final Map<UUID, SyncSchedule> schedules = new LinkedHashMap<>();

        @Override
        public UUID save(UUID memberId, UUID siteId, SyncJobKind job, String target, String cron, Duration interval,
                boolean dryRun, Instant firstRunAt) {
            UUID id = schedules.values().stream()
                    .filter(s -> s.siteId().equals(siteId) && s.job() == job && s.target().equals(target))
                    .map(SyncSchedule::id).findFirst().orElseGet(UUID::randomUUID);
            schedules.put(id, new SyncSchedule(id, memberId, siteId, job, target, cron, interval, dryRun, true,
                    firstRunAt, null, null));
            return id;
        }

        @Override
        public List<SyncSchedule> claimDue(String node, Instant now, Instant leaseUntil, int limit) {
            List<SyncSchedule> claimed = new ArrayList<>();
            for (SyncSchedule s : List.copyOf(schedules.values())) {
                boolean free = s.leaseUntil() == null || s.leaseUntil().isBefore(now);
                if (claimed.size() < limit && s.enabled() && !s.nextRunAt().isAfter(now) && free) {
                    SyncSchedule leased = with(s, s.nextRunAt(), node, leaseUntil);
                    schedules.put(s.id(), leased);
                    claimed.add(leased);
                }
            }
            return claimed;
        }

        @Override
        public boolean release(UUID scheduleId, String node, Instant nextRunAt) {
            SyncSchedule s = schedules.get(scheduleId);
            if (s == null || !node.equals(s.leaseOwner())) {
                return false;
            }
            schedules.put(scheduleId, with(s, nextRunAt, null, null));
            return true;
        }

        @Override
        public Optional<SyncSchedule> find(UUID memberId, UUID scheduleId) {
            return Optional.ofNullable(schedules.get(scheduleId)).filter(s -> s.memberId().equals(memberId));
        }

        @Override
        public List<SyncSchedule> ofMember(UUID memberId) {
            return schedules.values().stream().filter(s -> s.memberId().equals(memberId)).toList();
        }

        @Override
        public void delete(UUID memberId, UUID scheduleId) {
            find(memberId, scheduleId).ifPresent(s -> schedules.remove(scheduleId));
        }

        private static SyncSchedule with(SyncSchedule s, Instant next, String owner, Instant until) {
            return new SyncSchedule(s.id(), s.memberId(), s.siteId(), s.job(), s.target(), s.cron(), s.interval(),
                    s.dryRun(), s.enabled(), next, owner, until);
        }
    }

    static final class MemoryRuns implements SyncRuns {
        final Map<UUID, SyncRun> runs = new LinkedHashMap<>();
        final Map<UUID, byte[]> attachments = new HashMap<>();
        final Map<UUID, Instant> leases = new HashMap<>();

        @Override
        public UUID start(UUID memberId, UUID siteId, UUID scheduleId, SyncJobKind job, String target, boolean dryRun,
                String node, Instant now, Instant leaseUntil) {
            UUID id = UUID.randomUUID();
            runs.put(id, new SyncRun(id, memberId, siteId, "site", scheduleId, job, target, dryRun, RunStatus.RUNNING,
                    "scheduler", now, node, now, null, null, null, false));
            leases.put(id, leaseUntil);
            return id;
        }

        @Override
        public UUID queue(UUID memberId, UUID siteId, UUID scheduleId, SyncJobKind job, String target, boolean dryRun,
                String requestedBy, Instant now) {
            UUID id = UUID.randomUUID();
            runs.put(id, new SyncRun(id, memberId, siteId, "site", scheduleId, job, target, dryRun, RunStatus.QUEUED,
                    requestedBy, now, null, null, null, null, null, false));
            return id;
        }

        @Override
        public List<ClaimedRun> claimQueued(String node, Instant now, Instant leaseUntil, int limit) {
            List<ClaimedRun> claimed = new ArrayList<>();
            for (SyncRun r : List.copyOf(runs.values())) {
                if (claimed.size() < limit && r.status() == RunStatus.QUEUED) {
                    runs.put(r.id(), new SyncRun(r.id(), r.memberId(), r.siteId(), r.siteName(), r.scheduleId(),
                            r.job(), r.target(), r.dryRun(), RunStatus.RUNNING, r.requestedBy(), r.requestedAt(),
                            node, now, null, null, null, false));
                    leases.put(r.id(), leaseUntil);
                    claimed.add(new ClaimedRun(r.id(), r.memberId(), r.siteId(), r.scheduleId(), r.job(), r.target(),
                            r.dryRun()));
                }
            }
            return claimed;
        }

        @Override
        public void finish(UUID runId, String node, RunStatus status, StoredReport report, String error,
                byte[] attachment, Instant now) {
            SyncRun r = runs.get(runId);
            if (r == null || r.status() != RunStatus.RUNNING || !node.equals(r.nodeId())) {
                return;
            }
            runs.put(runId, new SyncRun(r.id(), r.memberId(), r.siteId(), r.siteName(), r.scheduleId(), r.job(),
                    r.target(), r.dryRun(), status, r.requestedBy(), r.requestedAt(), r.nodeId(), r.startedAt(), now,
                    report, error, attachment != null));
            if (attachment != null) {
                attachments.put(runId, attachment);
            }
            leases.remove(runId);
        }

        @Override
        public int failAbandoned(Instant now) {
            int failed = 0;
            for (SyncRun r : List.copyOf(runs.values())) {
                Instant lease = leases.get(r.id());
                if (r.status() == RunStatus.RUNNING && lease != null && lease.isBefore(now)) {
                    finish(r.id(), r.nodeId(), RunStatus.FAILED, null, "node stopped during the run", null, now);
                    failed++;
                }
            }
            return failed;
        }

        @Override
        public Optional<SyncRun> find(UUID memberId, UUID runId) {
            return Optional.ofNullable(runs.get(runId)).filter(r -> r.memberId().equals(memberId));
        }

        @Override
        public Optional<byte[]> attachment(UUID memberId, UUID runId) {
            return find(memberId, runId).map(r -> attachments.get(runId));
        }

        @Override
        public List<SyncRun> recent(UUID memberId, int limit) {
            return newestFirst().filter(r -> r.memberId().equals(memberId)).limit(limit).toList();
        }

        @Override
        public List<SyncRun> recent(int limit) {
            return newestFirst().limit(limit).toList();
        }

        @Override
        public long countForSchedule(UUID scheduleId) {
            return runs.values().stream().filter(r -> scheduleId.equals(r.scheduleId())
                    && r.requestedBy().equals("scheduler")).count();
        }

        private java.util.stream.Stream<SyncRun> newestFirst() {
            return runs.values().stream().sorted(Comparator.comparing(SyncRun::requestedAt).reversed());
        }
    }

    /** Pending drafts put in by {@link #add}; a decision takes a draft out of the pending ones. */
    static final class MemoryDrafts implements DraftQuestions {
        final Map<UUID, UUID> memberOf = new HashMap<>();
        final Map<UUID, PendingDraft> pending = new LinkedHashMap<>();
        final Map<UUID, String> decisions = new HashMap<>();

        PendingDraft add(UUID memberId, String origin, DraftItem draft) {
            PendingDraft p = new PendingDraft(UUID.randomUUID(), origin, draft.sourceId(), draft, Instant.EPOCH);
            memberOf.put(p.id(), memberId);
            pending.put(p.id(), p);
            return p;
        }

        /** Drafts of a harvest, as pending drafts of the member (replacement and withdrawal on PostgreSQL only). */
        @Override
        public DraftItemSink forMember(UUID memberId) {
            return new DraftItemSink() {
                @Override
                public Optional<String> contentHashOf(String sourceId) {
                    return pending.values().stream().filter(p -> p.sourceId().equals(sourceId))
                            .map(p -> p.draft().contentHash()).findFirst();
                }

                @Override
                public void upsert(String origin, DraftItem item) {
                    add(memberId, origin, item);
                }

                @Override
                public void withdraw(String sourceId, String reason) {
                    pending.values().removeIf(p -> p.sourceId().equals(sourceId));
                }

                @Override
                public Set<String> activeSourceIds(String origin) {
                    return pending.values().stream().filter(p -> p.origin().equals(origin))
                            .map(PendingDraft::sourceId).collect(java.util.stream.Collectors.toSet());
                }
            };
        }

        @Override
        public List<PendingDraft> pending(UUID memberId, int limit) {
            return pending.values().stream().filter(p -> memberId.equals(memberOf.get(p.id()))).limit(limit).toList();
        }

        @Override
        public Optional<PendingDraft> findPending(UUID memberId, UUID id) {
            return Optional.ofNullable(pending.get(id)).filter(p -> memberId.equals(memberOf.get(id)));
        }

        @Override
        public boolean decide(UUID memberId, UUID id, String contentHash, boolean accepted, UUID itemId, String by) {
            Optional<PendingDraft> p = findPending(memberId, id).filter(d -> d.draft().contentHash().equals(contentHash));
            p.ifPresent(d -> {
                pending.remove(id);
                decisions.put(id, accepted ? "ACCEPTED" : "REJECTED");
            });
            return p.isPresent();
        }

        @Override
        public Optional<String> status(UUID memberId, UUID id) {
            return memberId.equals(memberOf.get(id))
                    ? Optional.of(decisions.getOrDefault(id, "PENDING")) : Optional.empty();
        }

        @Override
        public long pendingReview(UUID memberId) {
            return pending(memberId, Integer.MAX_VALUE).size();
        }
    }

    static final class MemoryPreferences implements RatingPreferences {
        final Map<List<UUID>, RatingPreference> preferences = new LinkedHashMap<>();
        final Map<List<UUID>, UUID> savedBy = new HashMap<>();

        @Override
        public Optional<RatingPreference> find(UUID memberId, UUID contextId) {
            return Optional.ofNullable(preferences.get(List.of(memberId, contextId)));
        }

        @Override
        public List<RatingPreference> enabled(UUID memberId) {
            return preferences.entrySet().stream().filter(e -> e.getKey().get(0).equals(memberId))
                    .map(Map.Entry::getValue).filter(RatingPreference::enabled).toList();
        }

        @Override
        public void save(UUID memberId, RatingPreference preference, UUID by, Instant at) {
            preferences.put(List.of(memberId, preference.contextId()), preference);
            savedBy.put(List.of(memberId, preference.contextId()), by);
        }
    }

    static final class MemoryLedgers implements RatingLedgers {
        final Map<List<Object>, Integer> grades = new HashMap<>();

        @Override
        public RatingLedger forSite(UUID memberId, UUID siteId) {
            return new RatingLedger() {
                @Override
                public Optional<Integer> lastPushedGrade(String siteName, long courseId, long userId, UUID competency) {
                    return Optional.ofNullable(grades.get(List.of(memberId, siteId, courseId, userId, competency)));
                }

                @Override
                public void recordPushed(String siteName, long courseId, long userId, UUID competency, int grade,
                        Instant at) {
                    grades.put(List.of(memberId, siteId, courseId, userId, competency), grade);
                }
            };
        }

        @Override
        public long pushedCount(UUID memberId, UUID siteId) {
            return grades.keySet().stream().filter(k -> k.get(0).equals(memberId) && k.get(1).equals(siteId)).count();
        }
    }
}

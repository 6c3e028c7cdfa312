package fr.plume.sync.job;

import static fr.plume.sync.moodle.WsFunctions.FRAMEWORK_PUSH_READ;
import static fr.plume.sync.moodle.WsFunctions.FRAMEWORK_PUSH_WRITE;

import fr.plume.framework.diff.Aspect;
import fr.plume.framework.diff.CompetencyChange;
import fr.plume.framework.diff.DomainChange;
import fr.plume.framework.diff.FrameworkDiff;
import fr.plume.framework.format.csv.MoodleCsvWriter;
import fr.plume.framework.format.moodle.MoodleRecord;
import fr.plume.framework.format.moodle.MoodleRecords;
import fr.plume.framework.format.moodle.MoodleScale;
import fr.plume.framework.model.Competency;
import fr.plume.framework.model.Domain;
import fr.plume.framework.model.Framework;
import fr.plume.sync.i18n.Phrase;
import fr.plume.sync.moodle.MissingFunctionsException;
import fr.plume.sync.moodle.MoodleCompetency;
import fr.plume.sync.moodle.MoodleCompetencyApi;
import fr.plume.sync.moodle.MoodleFramework;
import fr.plume.sync.moodle.MoodleWsException;
import fr.plume.sync.moodle.ScaleValue;
import fr.plume.sync.moodle.SiteInfo;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Pushes a Plume framework to a member's Moodle: framework and competencies matched by
 * idnumber (the Plume UUIDs), domains as top-level competencies, competencies below them.
 * Idnumbers, shortnames and descriptions are those of {@link MoodleRecords}, the same as in the
 * tool_lpimportcsv file, so a framework has one identity whichever route created it.
 * <p>Idempotent: what Moodle already has is compared first, so a second run changes nothing.
 * Given the previously pushed version, only what {@link FrameworkDiff} reports is updated and
 * edits made in Moodle since are left alone. Nothing is ever deleted in Moodle (users may hold
 * evidence on it). A site whose service has no write function gets the tool_lpimportcsv file.
 */
public final class FrameworkPushJob {

    private final MoodleCompetencyApi api;
    private final ScaleSettings scale;
    private final Clock clock;

    public FrameworkPushJob(MoodleCompetencyApi api, ScaleSettings scale, Clock clock) {
        this.api = api;
        this.scale = scale;
        this.clock = clock;
    }

    /**
     * @param previous the version pushed last time, if known: then only its differences are applied
     */
    public FrameworkPushResult run(Framework framework, Optional<Framework> previous, boolean dryRun) {
        String siteName = api.client().site().name();
        SyncReport.Builder report = new SyncReport.Builder("framework push", siteName, dryRun, clock.instant());
        SiteInfo info = api.siteInfo();
        List<String> missingWrites = info.missing(FRAMEWORK_PUSH_WRITE);
        if (missingWrites.size() == FRAMEWORK_PUSH_WRITE.size()) {
            report.skipped(Phrase.of("framework.subject", framework.code(), framework.version()),
                    Phrase.of("framework.csvInstead"));
            return new FrameworkPushResult(report.build(clock.instant()),
                    Optional.of(MoodleCsvWriter.write(framework, scale.proficientLevel())));
        }
        List<String> missing = new ArrayList<>(info.missing(FRAMEWORK_PUSH_READ));
        missing.addAll(missingWrites);
        if (!missing.isEmpty()) {
            throw new MissingFunctionsException(siteName, "framework push", missing);
        }
        try (AutoCloseable ignored = api.client().onWarning(w -> report.warning(w.phrase()))) {
            int scaleValues = checkScale(siteName);
            push(framework, previous.map(p -> FrameworkDiff.between(p, framework)), scaleValues, dryRun, report);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return new FrameworkPushResult(report.build(clock.instant()), Optional.empty());
    }

    private int checkScale(String siteName) {
        List<ScaleValue> values;
        try {
            values = api.scaleValues(scale.scaleId());
        } catch (MoodleWsException e) {
            throw SiteNotReadyException.missingScale(siteName, scale.scaleId(),
                    Phrase.of("scale.moodleSays", e.errorCode()));
        }
        if (values.isEmpty()) {
            throw SiteNotReadyException.missingScale(siteName, scale.scaleId(), Phrase.of("scale.notFound"));
        }
        if (values.size() < scale.highestValueUsed()) {
            throw SiteNotReadyException.missingScale(siteName, scale.scaleId(),
                    Phrase.of("scale.tooFewValues", values.size(), scale.highestValueUsed()));
        }
        if (values.size() < scale.proficientFrom()) {
            throw SiteNotReadyException.missingScale(siteName, scale.scaleId(),
                    Phrase.of("scale.noProficientValue", values.size(), scale.proficientFrom()));
        }
        return values.size();
    }

    private void push(Framework fw, Optional<FrameworkDiff> diff, int scaleValues, boolean dryRun,
                      SyncReport.Builder report) {
        Phrase fwSubject = Phrase.of("framework.subject", fw.code(), fw.version());
        Optional<MoodleFramework> existing = api.findFramework(fw.idnumber().toString());
        long frameworkId;
        Map<String, MoodleCompetency> inMoodle = new HashMap<>();
        MoodleRecord fwRecord = MoodleRecords.framework(fw);
        if (existing.isEmpty()) {
            frameworkId = dryRun ? -1 : api.createFramework(fwRecord.shortname(), fwRecord.idnumber(),
                    fwRecord.description(), scale.scaleId(), scale.moodleScaleConfiguration(scaleValues),
                    MoodleScale.TAXONOMIES).id();
            report.created(fwSubject, Phrase.of("framework.missing"));
        } else {
            MoodleFramework current = existing.get();
            frameworkId = current.id();
            Map<String, Object> changes = new LinkedHashMap<>();
            if (!current.shortname().equals(fwRecord.shortname())) {
                changes.put("shortname", fwRecord.shortname());
            }
            if (!Html.visibleText(current.description()).equals(Html.visibleText(fwRecord.description()))) {
                changes.put("description", fwRecord.description());
                changes.put("descriptionformat", MoodleCompetencyApi.FORMAT_HTML);
            }
            if (changes.isEmpty()) {
                report.unchanged(fwSubject, null);
            } else {
                if (!dryRun) {
                    api.updateFramework(frameworkId, changes);
                }
                report.updated(fwSubject, Phrase.of("framework.fields", String.join(", ", changes.keySet())));
            }
            for (MoodleCompetency c : api.listCompetencies(frameworkId)) {
                inMoodle.put(c.idnumber(), c);
            }
        }

        Set<UUID> toApply = diff.map(FrameworkPushJob::changedIds).orElse(null);
        Map<UUID, Phrase> diffReasons = diff.map(FrameworkPushJob::reasons).orElse(Map.of());
        Map<UUID, Long> moodleIds = new HashMap<>();
        for (Domain domain : fw.domains()) {
            MoodleRecord domainRecord = MoodleRecords.domain(domain);
            Node node = new Node(domain.idnumber(), Phrase.of("framework.domain", domain.code(), domain.title().fr()),
                    "", domainRecord.shortname(), domainRecord.description(), null);
            apply(node, 0, frameworkId, inMoodle, toApply, diffReasons, dryRun, report, moodleIds);
            for (Competency c : domain.competencies()) {
                MoodleRecord record = MoodleRecords.competency(domain, c);
                Node child = new Node(c.idnumber(), Phrase.of("framework.competency", c.code(), c.title().fr()),
                        COMPETENCY, record.shortname(), record.description(), domain.idnumber());
                apply(child, moodleIds.getOrDefault(domain.idnumber(), -1L), frameworkId, inMoodle, toApply,
                        diffReasons, dryRun, report, moodleIds);
            }
        }
        Set<String> wanted = new java.util.HashSet<>();
        fw.domains().forEach(d -> {
            wanted.add(d.idnumber().toString());
            d.competencies().forEach(c -> wanted.add(c.idnumber().toString()));
        });
        inMoodle.values().stream().filter(c -> !wanted.contains(c.idnumber()))
                .sorted(java.util.Comparator.comparing(MoodleCompetency::idnumber))
                .forEach(c -> report.skipped(Phrase.of("framework.moodleCompetency", c.shortname()),
                        Phrase.of("framework.notInVersion", fw.version())));
    }

    /** Suffix of the keys whose French agrees with "compétence" (feminine) rather than "domaine". */
    private static final String COMPETENCY = ".competency";

    /**
     * @param gender {@link #COMPETENCY} or empty: which of a reason's keys fits the subject's noun
     */
    private record Node(UUID idnumber, Phrase subject, String gender, String shortname, String description,
                        UUID parentIdnumber) {

        Phrase reason(String key, Object... args) {
            return Phrase.of(key + gender, args);
        }
    }

    private void apply(Node node, long parentMoodleId, long frameworkId, Map<String, MoodleCompetency> inMoodle,
                       Set<UUID> toApply, Map<UUID, Phrase> diffReasons, boolean dryRun, SyncReport.Builder report,
                       Map<UUID, Long> moodleIds) {
        MoodleCompetency current = inMoodle.get(node.idnumber().toString());
        try {
            if (current == null) {
                long id = dryRun ? -1 : api.createCompetency(frameworkId, Math.max(parentMoodleId, 0), node.shortname(),
                        node.idnumber().toString(), node.description()).id();
                moodleIds.put(node.idnumber(), id);
                report.created(node.subject(), diffReasons.getOrDefault(node.idnumber(), node.reason("framework.missing")));
                return;
            }
            moodleIds.put(node.idnumber(), current.id());
            Map<String, Object> changes = new LinkedHashMap<>();
            if (!current.shortname().equals(node.shortname())) {
                changes.put("shortname", node.shortname());
            }
            if (!Html.visibleText(current.description()).equals(Html.visibleText(node.description()))) {
                changes.put("description", node.description());
                changes.put("descriptionformat", MoodleCompetencyApi.FORMAT_HTML);
            }
            boolean parentChanged = node.parentIdnumber() == null ? current.parentId() != 0
                    : parentMoodleId > 0 && current.parentId() != parentMoodleId;
            if (changes.isEmpty() && !parentChanged) {
                report.unchanged(node.subject(), null);
                return;
            }
            if (toApply != null && !toApply.contains(node.idnumber())) {
                report.skipped(node.subject(), node.reason("framework.localEditKept"));
                return;
            }
            if (!dryRun) {
                if (!changes.isEmpty()) {
                    api.updateCompetency(current.id(), changes);
                }
                if (parentChanged) {
                    api.setParentCompetency(current.id(), Math.max(parentMoodleId, 0));
                }
            }
            List<String> what = new ArrayList<>(changes.keySet());
            what.remove("descriptionformat");
            if (parentChanged) {
                what.add("parent");
            }
            report.updated(node.subject(), diffReasons.getOrDefault(node.idnumber(),
                    Phrase.of("framework.fields", String.join(", ", what))));
        } catch (MoodleWsException e) {
            if (e.isTokenProblem() || e.isAccessProblem()) {
                throw e;
            }
            report.failed(node.subject(), e.phrase());
        }
    }

    private static Set<UUID> changedIds(FrameworkDiff diff) {
        Set<UUID> ids = new java.util.HashSet<>();
        diff.addedDomains().forEach(d -> ids.add(d.idnumber()));
        diff.changedDomains().forEach(c -> ids.add(c.after().idnumber()));
        diff.addedCompetencies().forEach(c -> ids.add(c.idnumber()));
        diff.changedCompetencies().forEach(c -> ids.add(c.idnumber()));
        return ids;
    }

    private static Map<UUID, Phrase> reasons(FrameworkDiff diff) {
        Map<UUID, Phrase> m = new HashMap<>();
        String versions = diff.before().version() + " → " + diff.after().version();
        diff.addedDomains().forEach(d -> m.put(d.idnumber(), Phrase.of("framework.added", versions)));
        diff.addedCompetencies().forEach(c -> m.put(c.idnumber(), Phrase.of("framework.added.competency", versions)));
        for (DomainChange c : diff.changedDomains()) {
            m.put(c.after().idnumber(), Phrase.of("framework.changed", versions, labels(c.aspects())));
        }
        for (CompetencyChange c : diff.changedCompetencies()) {
            m.put(c.idnumber(), Phrase.of("framework.changed.competency", versions, labels(c.aspects())));
        }
        return m;
    }

    /** The changed aspects, each named in the reader's language ("framework.aspect." + the aspect's name). */
    static Phrase labels(Set<Aspect> aspects) {
        return Phrase.joined(aspects.stream().sorted().map(a -> Phrase.of("framework.aspect." + a.name())).toList(),
                "list.comma");
    }
}

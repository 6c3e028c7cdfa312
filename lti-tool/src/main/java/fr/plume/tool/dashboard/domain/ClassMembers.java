package fr.plume.tool.dashboard.domain;

import fr.plume.tool.assessment.api.ClassResults.ActivityProgress;
import fr.plume.tool.assessment.api.ClassResults.AttemptOutcome;
import fr.plume.tool.assessment.api.ClassResults.CompetencyEstimate;
import fr.plume.tool.lti.api.CourseDirectory.Launcher;
import fr.plume.tool.lti.api.LtiRole;
import fr.plume.tool.lti.api.Roster;
import java.text.CollationKey;
import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The class's students: the learners of the platform's roster merged with the learners who launched
 * the tool (one person once, matched by Plume's user id), each with their results. When the roster
 * could not be read, the launches alone still show everyone who came.
 */
public final class ClassMembers {

    private ClassMembers() {
    }

    /** Everything the merge reads, as other modules gave it. */
    public record Sources(List<Roster.Member> roster, List<Launcher> launchers, List<ActivityProgress> activity,
            List<CompetencyEstimate> estimates, List<AttemptOutcome> outcomes) {
    }

    public static List<ClassStudent> merge(Sources sources) {
        Map<String, Person> people = new LinkedHashMap<>();
        Map<UUID, String> keyOfUser = new HashMap<>();
        for (Roster.Member m : sources.roster()) {
            if (!m.roles().contains(LtiRole.LEARNER)) {
                continue;
            }
            String key = m.userId() != null ? m.userId().toString() : "sub:" + m.subject();
            people.put(key, new Person(key, m.userId(), name(m.name(), m.givenName(), m.familyName()),
                    m.familyName(), m.subject(), m.groups(), true, null));
            if (m.userId() != null) {
                keyOfUser.put(m.userId(), key);
            }
        }
        for (Launcher l : sources.launchers()) {
            if (!l.roles().contains(LtiRole.LEARNER)) {
                continue;
            }
            String key = l.userId().toString();
            Person known = people.get(key);
            String launchName = name(l.name(), l.givenName(), l.familyName());
            if (known == null) {
                people.put(key, new Person(key, l.userId(), launchName, l.familyName(), l.subject(), List.of(), false,
                        l.lastLaunchAt()));
                keyOfUser.put(l.userId(), key);
            } else {
                people.put(key, known.withLaunch(launchName, l.lastLaunchAt()));
            }
        }
        Results results = Results.of(sources, keyOfUser.keySet());
        // one collation key per student, not one collation per comparison: a class of 1,000 is sorted
        // with about 10,000 comparisons
        Collator collator = Collator.getInstance(Locale.FRENCH);
        record Sortable(CollationKey name, ClassStudent student) {
        }
        return people.values().stream()
                .map(p -> results.student(p))
                .map(s -> new Sortable(collator.getCollationKey(sortName(s)), s))
                .sorted(Comparator.comparing(Sortable::name).thenComparing(t -> t.student().key()))
                .map(Sortable::student)
                .toList();
    }

    private static String sortName(ClassStudent s) {
        return s.displayName() == null ? "\uffff" + s.subject() : s.displayName();
    }

    private static String name(String full, String given, String family) {
        if (full != null && !full.isBlank()) {
            return full.strip();
        }
        String joined = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
        return joined.isEmpty() ? null : joined;
    }

    private record Person(String key, UUID userId, String name, String familyName, String subject,
            List<String> groups, boolean inRoster, Instant lastLaunch) {

        Person withLaunch(String launchName, Instant at) {
            return new Person(key, userId, name != null ? name : launchName, familyName, subject, groups, inRoster, at);
        }
    }

    /** The results of the class's users, indexed once (no lookup per student and activity). */
    private record Results(Map<UUID, Map<UUID, ActivityStatus>> statuses, Map<UUID, Instant> lastActivity,
            Map<UUID, Map<String, LevelCell>> levels, Map<UUID, Integer> global,
            Map<UUID, Map<String, Integer>> byMode) {

        static Results of(Sources sources, java.util.Set<UUID> users) {
            Map<UUID, Map<UUID, ActivityStatus>> statuses = new HashMap<>();
            Map<UUID, Instant> last = new HashMap<>();
            for (ActivityProgress p : sources.activity()) {
                if (!users.contains(p.userId())) {
                    continue;
                }
                ActivityStatus status = p.completed() > 0 ? ActivityStatus.DONE
                        : p.inProgress() ? ActivityStatus.IN_PROGRESS : ActivityStatus.NOT_STARTED;
                if (p.resourceLinkId() != null) {
                    statuses.computeIfAbsent(p.userId(), u -> new HashMap<>()).put(p.resourceLinkId(), status);
                }
                last.merge(p.userId(), p.lastActivityAt(), (a, b) -> a.isAfter(b) ? a : b);
            }
            Map<UUID, Map<String, LevelCell>> levels = new HashMap<>();
            for (CompetencyEstimate e : sources.estimates()) {
                levels.computeIfAbsent(e.userId(), u -> new HashMap<>())
                        .put(e.competencyCode(), new LevelCell(e.level(), e.certainty()));
            }
            Map<UUID, Integer> global = new HashMap<>();
            Map<UUID, Map<String, Integer>> byMode = new HashMap<>();
            for (AttemptOutcome o : sources.outcomes()) { // oldest first: the latest wins
                global.put(o.userId(), o.level());
                byMode.computeIfAbsent(o.userId(), u -> new HashMap<>()).put(o.mode(), o.level());
            }
            return new Results(statuses, last, levels, global, byMode);
        }

        ClassStudent student(Person p) {
            UUID user = p.userId();
            Instant lastSeen = user == null ? null : lastActivity.get(user);
            if (lastSeen == null) {
                lastSeen = p.lastLaunch();
            }
            return new ClassStudent(p.key(), user, p.name(), p.subject(), p.groups(), p.inRoster(),
                    user == null ? Map.of() : statuses.getOrDefault(user, Map.of()), lastSeen,
                    user == null ? Map.of() : levels.getOrDefault(user, Map.of()),
                    user == null ? null : global.get(user),
                    user == null ? Map.of() : byMode.getOrDefault(user, Map.of()));
        }
    }

    /** The groups the students belong to, sorted. */
    public static List<String> groups(List<ClassStudent> students) {
        return students.stream().flatMap(s -> s.groups().stream()).filter(Objects::nonNull).distinct().sorted()
                .toList();
    }

    /** Students per global level: index 0 counts those without any level yet, 1–6 the levels. */
    public static int[] distribution(List<ClassStudent> students) {
        int[] counts = new int[7];
        for (ClassStudent s : students) {
            Integer level = s.globalLevel();
            counts[level == null || level < 1 || level > 6 ? 0 : level]++;
        }
        return counts;
    }

    /** The class's mean latest level in each mode, in the order of the journey. */
    public static List<ModeProgress> progress(List<ClassStudent> students) {
        List<ModeProgress> progress = new ArrayList<>();
        for (String mode : List.of("DIAGNOSTIC", "FORMATIVE", "CERTIFICATION")) {
            int n = 0;
            int sum = 0;
            for (ClassStudent s : students) {
                Integer level = s.levelIn(mode);
                if (level != null) {
                    n++;
                    sum += level;
                }
            }
            progress.add(new ModeProgress(mode, n, n == 0 ? 0 : (double) sum / n));
        }
        return progress;
    }
}

package fr.plume.tool.dashboard.application;

import fr.plume.tool.assessment.api.ClassResults;
import fr.plume.tool.assessment.api.ClassResults.ItemDifficulty;
import fr.plume.tool.dashboard.application.ShowClassPage.ClassPage;
import fr.plume.tool.dashboard.domain.ClassFilter;
import fr.plume.tool.dashboard.domain.ClassMembers;
import fr.plume.tool.dashboard.domain.ClassStudent;
import fr.plume.tool.dashboard.domain.HardItem;
import fr.plume.tool.dashboard.domain.RosterFailures;
import fr.plume.tool.catalogue.api.OpenResources;
import fr.plume.tool.itembank.api.ItemCatalog;
import fr.plume.tool.lti.api.ClassRoster;
import fr.plume.tool.lti.api.CourseDirectory;
import fr.plume.tool.lti.api.LaunchContext;
import fr.plume.tool.lti.api.Roster;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The class dashboard of the course the teacher launched from (DESIGN §8): the platform's roster
 * (NRPS, read again once the cached copy is older than {@code plume.dashboard.roster-max-age}) merged
 * with the tool's launches and results. A roster the platform refuses degrades to the launches, and
 * the page says so. The course's results are read by independent queries run side by side on the
 * {@link ClassQueryThreads}, so the page waits for the slowest query rather than their sum.
 */
@Service
public class ShowClassDashboard {

    static final int HARDEST_ITEMS = 10;
    static final int RESOURCES_PER_ITEM = 3;

    private final ShowClassPage classPage;
    private final ClassRoster roster;
    private final CourseDirectory course;
    private final ClassResults results;
    private final ItemCatalog items;
    private final OpenResources openResources;
    private final ClassLabels labels;
    private final Clock clock;
    private final Duration rosterMaxAge;
    private final Duration rosterRetry;
    private final RosterFailures failures;
    private final ClassQueryThreads queries;

    ShowClassDashboard(ShowClassPage classPage, ClassRoster roster, CourseDirectory course, ClassResults results,
            ItemCatalog items, OpenResources openResources, ClassLabels labels, Clock clock,
            RosterFailures failures, ClassQueryThreads queries,
            @Value("${plume.dashboard.roster-max-age:15m}") Duration rosterMaxAge,
            @Value("${plume.dashboard.roster-retry:5m}") Duration rosterRetry) {
        this.classPage = classPage;
        this.roster = roster;
        this.course = course;
        this.results = results;
        this.items = items;
        this.openResources = openResources;
        this.labels = labels;
        this.clock = clock;
        this.rosterMaxAge = rosterMaxAge;
        this.rosterRetry = rosterRetry;
        this.failures = failures;
        this.queries = queries;
    }

    public ClassDashboard show(UUID contextId, ClassFilter filter, String language) {
        return show(contextId, filter, 1, language);
    }

    /** @param pageNumber the page of the student tables (1-based; out of range shows the nearest page) */
    public ClassDashboard show(UUID contextId, ClassFilter filter, int pageNumber, String language) {
        ClassPage page = classPage.ofCourse(contextId);
        LaunchContext launch = page.launch();
        UUID member = launch.memberId();
        var activities = inParallel(() -> course.activities(member, contextId));
        var wholeClassDifficulty = ClassFilter.NONE.equals(filter)
                ? inParallel(() -> results.itemDifficulty(member, contextId, null)) : null;
        Roster platformRoster = freshRoster(launch);
        List<ClassStudent> everyone = students(launch, platformRoster);
        List<ClassStudent> shown = everyone.stream().filter(filter::keeps).toList();
        boolean narrowed = shown.size() != everyone.size();
        List<UUID> shownUsers = shown.stream().map(ClassStudent::userId).filter(Objects::nonNull).toList();
        List<String> codes = shown.stream().flatMap(s -> s.levels().keySet().stream()).toList();
        ClassLabels.Labels names = labels.in(language);
        List<ItemDifficulty> difficulty = wholeClassDifficulty != null ? joined(wholeClassDifficulty)
                : results.itemDifficulty(member, contextId, narrowed ? shownUsers : null);
        return new ClassDashboard(page, rosterProblem(platformRoster), platformRoster.fetchedAt(),
                joined(activities), ClassMembers.groups(everyone), filter,
                names.competencies(codes), shown, everyone.size(), ClassMembers.distribution(shown),
                ClassMembers.progress(shown), hardest(difficulty, names), pageNumber);
    }

    /** Refuses, before any work, whoever may not see this course's dashboard. */
    public void checkAccess(UUID contextId) {
        classPage.ofCourse(contextId);
    }

    /** The class, unfiltered, for the student drill-down and exports of the same course. */
    List<ClassStudent> students(LaunchContext launch, Roster platformRoster) {
        UUID member = launch.memberId();
        UUID context = launch.contextId();
        var launchers = inParallel(() -> course.launchers(member, context));
        var activity = inParallel(() -> results.activity(member, context));
        var estimates = inParallel(() -> results.latestEstimates(member, context));
        var outcomes = results.outcomes(member, context);
        return ClassMembers.merge(new ClassMembers.Sources(platformRoster.members(), joined(launchers),
                joined(activity), joined(estimates), outcomes));
    }

    private <T> CompletableFuture<T> inParallel(Supplier<T> query) {
        return queries.start(query);
    }

    private static <T> T joined(CompletableFuture<T> query) {
        return ClassQueryThreads.joined(query);
    }

    /**
     * The cached roster, read again from the platform when absent or older than the freshness
     * limit, but not again within {@code plume.dashboard.roster-retry} of a failure: until then
     * the cached roster (or none) is shown with the failure's code.
     */
    Roster freshRoster(LaunchContext launch) {
        UUID member = launch.memberId();
        UUID context = launch.contextId();
        Roster cached = roster.cached(context, member);
        boolean fresh = cached.available() && cached.fetchedAt() != null
                && !cached.fetchedAt().plus(rosterMaxAge).isBefore(clock.instant());
        if (fresh) {
            return cached;
        }
        Optional<RosterFailures.RosterFailure> failure = failures.last(member, context)
                .filter(f -> f.failedAt().plus(rosterRetry).isAfter(clock.instant()));
        if (failure.isPresent()) {
            return new Roster(context, cached.available(), cached.fetchedAt(), cached.members(), failure.get().code());
        }
        Roster read = roster.members(context, member, true);
        if (read.problem() != null) {
            failures.failed(member, context, read.problem(), clock.instant());
        } else {
            failures.cleared(member, context);
        }
        return read;
    }

    private static String rosterProblem(Roster roster) {
        if (roster.problem() != null) {
            return roster.problem();
        }
        return roster.available() ? null : "NRPS-NOT-OFFERED";
    }

    private List<HardItem> hardest(List<ItemDifficulty> difficulties, ClassLabels.Labels names) {
        Map<String, List<HardItem.ResourceLink>> resourcesByCompetency = new HashMap<>();
        return difficulties.stream()
                .sorted(Comparator.comparingDouble(ItemDifficulty::successRate)
                        .thenComparing(Comparator.comparingInt(ItemDifficulty::answered).reversed())
                        .thenComparing(ItemDifficulty::itemId))
                .limit(HARDEST_ITEMS)
                .map(d -> hardItem(d, names, resourcesByCompetency.computeIfAbsent(d.competencyCode(),
                        this::resources)))
                .toList();
    }

    /** Up to three open resources per competency, from the catalogue (harvested links: web addresses only). */
    private List<HardItem.ResourceLink> resources(String competencyCode) {
        return openResources.recommendedFor(competencyCode, RESOURCES_PER_ITEM).stream()
                .filter(r -> r.safeUrl() != null)
                .map(r -> new HardItem.ResourceLink(r.title(), r.safeUrl(), r.licence()))
                .toList();
    }

    private HardItem hardItem(ItemDifficulty d, ClassLabels.Labels names, List<HardItem.ResourceLink> resources) {
        var item = items.item(d.itemId());
        String language = names.language();
        return new HardItem(d.itemId(), d.competencyCode(), names.label(d.competencyCode()),
                item.map(i -> i.stem().in(language)).orElse(null),
                item.map(i -> i.explanation() == null ? null : i.explanation().in(language)).orElse(null),
                d.answered(), d.correct(), d.students(), resources);
    }
}

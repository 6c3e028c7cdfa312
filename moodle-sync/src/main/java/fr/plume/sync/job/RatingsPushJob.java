package fr.plume.sync.job;

import fr.plume.sync.catalogue.CompetencyRating;
import fr.plume.sync.catalogue.CompetencyRatingSource;
import fr.plume.sync.catalogue.RatingLedger;
import fr.plume.sync.i18n.Phrase;
import fr.plume.sync.moodle.MissingFunctionsException;
import fr.plume.sync.moodle.MoodleCompetency;
import fr.plume.sync.moodle.MoodleCompetencyApi;
import fr.plume.sync.moodle.MoodleTransportException;
import fr.plume.sync.moodle.MoodleWsException;
import fr.plume.sync.moodle.WsCapabilities;
import fr.plume.sync.moodle.WsFunctions;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Rates students' competencies in their Moodle course from Plume results: adds the
 * competency to the course when missing (core_competency_add_competency_to_course), then
 * grades it (core_competency_grade_competency_in_course) with the scale value mapped from
 * the level. Only courses whose teachers opted in; a grade already pushed is not sent again.
 * <p>Every rating is an entry of the report, whatever happens to the others: a call Moodle
 * refuses fails that entry with Moodle's reason; a capability refused in a course fails that
 * course's later entries without calling Moodle again; a refused token or an unreachable site
 * fails the remaining entries, since no later call could succeed.
 */
public final class RatingsPushJob {

    private final MoodleCompetencyApi api;
    private final CompetencyRatingSource source;
    private final RatingLedger ledger;
    private final ScaleSettings scale;
    private final Clock clock;

    public RatingsPushJob(MoodleCompetencyApi api, CompetencyRatingSource source, RatingLedger ledger,
                          ScaleSettings scale, Clock clock) {
        this.api = api;
        this.source = source;
        this.ledger = ledger;
        this.scale = scale;
        this.clock = clock;
    }

    /** What one run remembers between ratings. */
    private final class Run {
        final String site;
        final boolean dryRun;
        final SyncReport.Builder report;
        final Map<UUID, Optional<Long>> competencyIds = new HashMap<>();
        final Map<Long, Set<Long>> courseCompetencies = new HashMap<>();
        final Map<Long, Boolean> optIn = new HashMap<>();
        final Map<Long, Phrase> refusedCourses = new HashMap<>();
        Phrase stopped;

        Run(String site, boolean dryRun, SyncReport.Builder report) {
            this.site = site;
            this.dryRun = dryRun;
            this.report = report;
        }
    }

    public SyncReport run(Set<CompetencyRating.RatingOrigin> origins, boolean dryRun, Progress progress) {
        String site = api.client().site().name();
        SyncReport.Builder report = new SyncReport.Builder("ratings push", site, dryRun, clock.instant());
        List<String> missing = api.siteInfo().missing(WsFunctions.RATINGS_PUSH);
        if (!missing.isEmpty()) {
            throw new MissingFunctionsException(site, "ratings push", missing);
        }
        List<CompetencyRating> ratings = source.latestRatings(site, origins);
        Run run = new Run(site, dryRun, report);
        try (AutoCloseable ignored = api.client().onWarning(w -> report.warning(w.phrase()))) {
            long done = 0;
            for (CompetencyRating r : ratings) {
                progress.step("notes", ++done, ratings.size());
                push(run, r);
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            if (!dryRun) {
                ledger.commit();
            }
            progress.finish();
        }
        return report.build(clock.instant());
    }

    private void push(Run run, CompetencyRating r) {
        Phrase subject = Phrase.of("ratings.subject", r.courseId(), r.moodleUserId(), r.competencyCode());
        if (run.stopped != null) {
            run.report.failed(subject, Phrase.of("ratings.notSent", run.stopped));
            return;
        }
        if (!run.optIn.computeIfAbsent(r.courseId(), c -> source.courseOptedIn(run.site, c))) {
            run.report.skipped(subject, Phrase.of("ratings.notOptedIn"));
            return;
        }
        if (run.refusedCourses.containsKey(r.courseId())) {
            run.report.failed(subject, Phrase.of("ratings.notSent", run.refusedCourses.get(r.courseId())));
            return;
        }
        Integer grade = scale.scaleValueFor(r.level());
        if (grade == null) {
            run.report.failed(subject, Phrase.of("ratings.noScaleValue", r.level()));
            return;
        }
        try {
            send(run, r, subject, grade);
        } catch (MoodleWsException e) {
            Phrase reason = refusal(e);
            run.report.failed(subject, reason);
            if ("nopermissions".equals(e.errorCode())) {
                // capabilities are checked in the course's context: other courses may allow it
                run.refusedCourses.put(r.courseId(), reason);
            } else if (e.isTokenProblem() || e.isAccessProblem()) {
                run.stopped = reason;
            }
        } catch (MoodleTransportException e) {
            // a lost reply to the grading call may hide a rating Moodle did record
            run.report.failed(subject, e.getMessage().contains(WsFunctions.GRADE_COMPETENCY_IN_COURSE)
                    ? Phrase.of("ratings.maybeRecorded", e.phrase()) : e.phrase());
            run.stopped = Phrase.of("ratings.siteUnreachable");
        }
    }

    private void send(Run run, CompetencyRating r, Phrase subject, int grade) {
        Optional<Long> competencyId = run.competencyIds.computeIfAbsent(r.competencyIdnumber(), this::findCompetency);
        if (competencyId.isEmpty()) {
            run.report.failed(subject, Phrase.of("ratings.unknownCompetency"));
            return;
        }
        Optional<Integer> previous = ledger.lastPushedGrade(run.site, r.courseId(), r.moodleUserId(),
                r.competencyIdnumber());
        if (previous.filter(g -> g.equals(grade)).isPresent()) {
            run.report.unchanged(subject, Phrase.of("ratings.alreadySent", grade));
            return;
        }
        Set<Long> linked = run.courseCompetencies.computeIfAbsent(r.courseId(), this::linkedCompetencies);
        boolean added = false;
        if (!linked.contains(competencyId.get())) {
            if (!run.dryRun) {
                api.addCompetencyToCourse(r.courseId(), competencyId.get());
            }
            linked.add(competencyId.get());
            added = true;
        }
        if (!run.dryRun) {
            // the note is evidence in Moodle, read by the course's teachers: in Plume's default language
            api.gradeCompetencyInCourse(r.courseId(), r.moodleUserId(), competencyId.get(), grade,
                    Phrase.of(r.origin() == CompetencyRating.RatingOrigin.CERTIFICATION ? "ratings.note.certification"
                            : "ratings.note.diagnostic", r.level()).french());
            ledger.recordPushed(run.site, r.courseId(), r.moodleUserId(), r.competencyIdnumber(), grade, clock.instant());
        }
        Phrase reason = previous.map(p -> Phrase.of("ratings.gradedAgain", r.level(), grade, p))
                .orElse(Phrase.of("ratings.graded", r.level(), grade));
        if (added) {
            reason = Phrase.of("ratings.addedToCourse", reason);
        }
        if (previous.isEmpty()) {
            run.report.created(subject, reason);
        } else {
            run.report.updated(subject, reason);
        }
    }

    /** Moodle's refusal, with the capabilities to grant when it is one. */
    static Phrase refusal(MoodleWsException e) {
        Phrase refused = Phrase.of("ratings.refused", e.function(), e.errorCode(), e.moodleMessage());
        List<String> capabilities = WsCapabilities.neededBy(e.function());
        if ("nopermissions".equals(e.errorCode()) && !capabilities.isEmpty()) {
            return Phrase.of("ratings.grant", refused, String.join(", ", capabilities));
        }
        return refused;
    }

    private Optional<Long> findCompetency(UUID idnumber) {
        return api.findCompetenciesByIdnumber(idnumber.toString()).stream().map(MoodleCompetency::id).findFirst();
    }

    private Set<Long> linkedCompetencies(long courseId) {
        Set<Long> ids = new HashSet<>();
        api.courseCompetencies(courseId).forEach(c -> ids.add(c.id()));
        return ids;
    }
}

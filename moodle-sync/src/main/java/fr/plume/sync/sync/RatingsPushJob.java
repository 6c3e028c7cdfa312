package fr.plume.sync.sync;

import fr.plume.sync.catalogue.CompetencyRating;
import fr.plume.sync.catalogue.CompetencyRatingSource;
import fr.plume.sync.catalogue.RatingLedger;
import fr.plume.sync.moodle.MissingFunctionsException;
import fr.plume.sync.moodle.MoodleCompetency;
import fr.plume.sync.moodle.MoodleCompetencyApi;
import fr.plume.sync.moodle.MoodleWsException;
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

    public SyncReport run(Set<CompetencyRating.RatingOrigin> origins, boolean dryRun, Progress progress) {
        String site = api.client().site().name();
        SyncReport.Builder report = new SyncReport.Builder("ratings push", site, dryRun, clock.instant());
        List<String> missing = api.siteInfo().missing(WsFunctions.RATINGS_PUSH);
        if (!missing.isEmpty()) {
            throw new MissingFunctionsException(site, "ratings push", missing);
        }
        List<CompetencyRating> ratings = source.latestRatings(site, origins);
        Map<UUID, Optional<Long>> competencyIds = new HashMap<>();
        Map<Long, Set<Long>> courseCompetencies = new HashMap<>();
        Map<Long, Boolean> optIn = new HashMap<>();
        try (AutoCloseable ignored = api.client().onWarning(w -> report.warning(w.toString()))) {
            long done = 0;
            for (CompetencyRating r : ratings) {
                progress.step("notes", ++done, ratings.size());
                String subject = "cours " + r.courseId() + " / utilisateur " + r.moodleUserId() + " / compétence "
                        + r.competencyCode();
                if (!optIn.computeIfAbsent(r.courseId(), c -> source.courseOptedIn(site, c))) {
                    report.skipped(subject, "l'équipe pédagogique du cours n'a pas activé l'envoi des niveaux");
                    continue;
                }
                Integer grade = scale.scaleValueFor(r.level());
                if (grade == null) {
                    report.failed(subject, "niveau " + r.level() + " sans valeur d'échelle dans la configuration du site");
                    continue;
                }
                Optional<Long> competencyId = competencyIds.computeIfAbsent(r.competencyIdnumber(), this::findCompetency);
                if (competencyId.isEmpty()) {
                    report.failed(subject, "compétence absente du site : lancez d'abord « framework push »");
                    continue;
                }
                Optional<Integer> previous = ledger.lastPushedGrade(site, r.courseId(), r.moodleUserId(),
                        r.competencyIdnumber());
                if (previous.filter(g -> g.equals(grade)).isPresent()) {
                    report.unchanged(subject, "valeur " + grade + " déjà envoyée");
                    continue;
                }
                try {
                    Set<Long> linked = courseCompetencies.computeIfAbsent(r.courseId(), this::linkedCompetencies);
                    boolean added = false;
                    if (!linked.contains(competencyId.get())) {
                        if (!dryRun) {
                            api.addCompetencyToCourse(r.courseId(), competencyId.get());
                        }
                        linked.add(competencyId.get());
                        added = true;
                    }
                    if (!dryRun) {
                        api.gradeCompetencyInCourse(r.courseId(), r.moodleUserId(), competencyId.get(), grade,
                                "Plume : niveau " + r.level() + (r.origin() == CompetencyRating.RatingOrigin.CERTIFICATION
                                        ? " (certification)" : " (diagnostic)"));
                        ledger.recordPushed(site, r.courseId(), r.moodleUserId(), r.competencyIdnumber(), grade,
                                clock.instant());
                    }
                    String reason = "niveau " + r.level() + " → valeur " + grade
                            + previous.map(p -> " (précédemment " + p + ")").orElse("")
                            + (added ? " ; compétence ajoutée au cours" : "");
                    if (previous.isEmpty()) {
                        report.created(subject, reason);
                    } else {
                        report.updated(subject, reason);
                    }
                } catch (MoodleWsException e) {
                    if (e.isTokenProblem() || e.isAccessProblem()) {
                        throw e;
                    }
                    report.failed(subject, "Moodle a refusé : " + e.errorCode() + " — " + e.getMessage());
                }
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

    private Optional<Long> findCompetency(UUID idnumber) {
        return api.findCompetenciesByIdnumber(idnumber.toString()).stream().map(MoodleCompetency::id).findFirst();
    }

    private Set<Long> linkedCompetencies(long courseId) {
        Set<Long> ids = new HashSet<>();
        api.courseCompetencies(courseId).forEach(c -> ids.add(c.id()));
        return ids;
    }
}

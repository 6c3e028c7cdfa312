package fr.plume.tool.privacy.application;

import fr.plume.tool.assessment.api.LearnerRecords;
import fr.plume.tool.certification.api.CandidateRecords;
import fr.plume.tool.lti.api.LaunchedPeople;
import fr.plume.tool.privacy.domain.DataKind;
import fr.plume.tool.privacy.domain.PurgeSchedule;
import fr.plume.tool.privacy.domain.PurgeSettings;
import fr.plume.tool.sync.api.PushedRatings;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Deletes or clears each kind of data past its retention period (docs/privacy.md). Every node
 * runs it; each due kind is claimed by one node with a lease ({@link PurgeSchedule}), purged, and
 * given back with its next run, so two nodes never purge the same kind at once.
 */
@Service
public class PurgeExpiredData {

    private static final Logger log = LoggerFactory.getLogger(PurgeExpiredData.class);

    private final PurgeSchedule schedule;
    private final LaunchedPeople people;
    private final LearnerRecords learners;
    private final CandidateRecords candidates;
    private final PushedRatings ratings;
    private final PurgeSettings settings;
    private final Clock clock;

    public PurgeExpiredData(PurgeSchedule schedule, LaunchedPeople people, LearnerRecords learners,
            CandidateRecords candidates, PushedRatings ratings, PurgeSettings settings, Clock clock) {
        this.schedule = schedule;
        this.people = people;
        this.learners = learners;
        this.candidates = candidates;
        this.ratings = ratings;
        this.settings = settings;
        this.clock = clock;
    }

    /** Purges the kinds that are due and that no other node is purging; what each purged. */
    @Scheduled(initialDelayString = "${plume.privacy.purge-initial-delay:PT10M}",
            fixedDelayString = "${plume.privacy.purge-poll:PT1H}")
    public Map<DataKind, Integer> runDue() {
        Instant now = clock.instant();
        schedule.ensure(EnumSet.allOf(DataKind.class), now);
        List<DataKind> claimed = schedule.claimDue(settings.nodeId(), now, now.plus(settings.lease()));
        Map<DataKind, Integer> purged = new EnumMap<>(DataKind.class);
        for (DataKind kind : claimed) {
            int rows = purge(kind, settings.retention().cutoff(kind, now));
            purged.put(kind, rows);
            schedule.release(kind, settings.nodeId(), now, rows, now.plus(settings.every()));
            log.info("event=privacy.purge kind={} rows={}", kind, rows);
        }
        return purged;
    }

    private int purge(DataKind kind, Instant cutoff) {
        return switch (kind) {
            case LAUNCH_COUNTS -> people.deleteLaunchCountsBefore(YearMonth.from(cutoff.atZone(ZoneOffset.UTC)));
            case PRACTICE_ANSWERS -> learners.clearPracticeAnswersBefore(cutoff);
            case ATTEMPT_ADMISSIONS -> learners.deleteAdmissionsBefore(cutoff);
            case VERIFICATION_COUNTERS -> candidates.deleteVerificationCountersBefore(cutoff);
            case FINISHED_GRADES -> people.deleteFinishedGradesBefore(cutoff);
            case PUSHED_RATINGS -> ratings.deleteRatingsPushedBefore(cutoff);
        };
    }
}

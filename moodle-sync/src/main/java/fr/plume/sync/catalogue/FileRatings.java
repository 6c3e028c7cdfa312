package fr.plume.sync.catalogue;

import fr.plume.sync.i18n.LocalizedIOException;
import fr.plume.sync.i18n.Phrase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * File-backed ratings for the CLI: a JSON export of ratings and course opt-ins (read), and a
 * ledger file of what was pushed (written atomically on {@link #commit()}).
 */
public final class FileRatings implements CompetencyRatingSource, RatingLedger {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** Ratings file: {@code {"optedInCourses":{"site":[12,13]},"ratings":{"site":[…]}}}. */
    public record RatingsFile(Map<String, List<Long>> optedInCourses, Map<String, List<CompetencyRating>> ratings) {
    }

    public record LedgerEntry(String key, int grade, Instant at) {
    }

    public record LedgerFile(int version, List<LedgerEntry> pushed) {
    }

    private final RatingsFile ratings;
    private final Path ledgerFile;
    private final Map<String, LedgerEntry> ledger = new TreeMap<>();
    private boolean dirty;

    public FileRatings(Path ratingsFile, Path ledgerFile) {
        this.ledgerFile = ledgerFile;
        try {
            this.ratings = JSON.readValue(Files.readAllBytes(ratingsFile), RatingsFile.class);
            if (Files.exists(ledgerFile)) {
                for (LedgerEntry e : JSON.readValue(Files.readAllBytes(ledgerFile), LedgerFile.class).pushed()) {
                    ledger.put(e.key(), e);
                }
            }
        } catch (IOException e) {
            throw new LocalizedIOException(Phrase.of("io.unreadable", ratingsFile), e);
        }
    }

    @Override
    public List<CompetencyRating> latestRatings(String siteName, Set<CompetencyRating.RatingOrigin> origins) {
        List<CompetencyRating> all = ratings.ratings() == null ? List.of()
                : ratings.ratings().getOrDefault(siteName, List.of());
        Map<String, CompetencyRating> latest = new TreeMap<>();
        for (CompetencyRating r : all) {
            if (!origins.contains(r.origin())) {
                continue;
            }
            latest.merge(r.courseId() + "/" + r.moodleUserId() + "/" + r.competencyIdnumber(), r,
                    (a, b) -> b.ratedAt().isAfter(a.ratedAt()) ? b : a);
        }
        return new ArrayList<>(latest.values());
    }

    @Override
    public boolean courseOptedIn(String siteName, long courseId) {
        return ratings.optedInCourses() != null
                && ratings.optedInCourses().getOrDefault(siteName, List.of()).contains(courseId);
    }

    @Override
    public Optional<Integer> lastPushedGrade(String siteName, long courseId, long userId, UUID competency) {
        return Optional.ofNullable(ledger.get(key(siteName, courseId, userId, competency))).map(LedgerEntry::grade);
    }

    @Override
    public void recordPushed(String siteName, long courseId, long userId, UUID competency, int grade, Instant at) {
        String k = key(siteName, courseId, userId, competency);
        ledger.put(k, new LedgerEntry(k, grade, at));
        dirty = true;
    }

    @Override
    public void commit() {
        if (dirty) {
            AtomicFiles.write(ledgerFile, JSON.writeValueAsBytes(new LedgerFile(1, List.copyOf(ledger.values()))));
            dirty = false;
        }
    }

    private static String key(String site, long course, long user, UUID competency) {
        return site + "/" + course + "/" + user + "/" + competency;
    }
}

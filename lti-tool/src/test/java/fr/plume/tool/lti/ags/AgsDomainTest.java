package fr.plume.tool.lti.ags;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.lti.ags.domain.Backoff;
import fr.plume.tool.lti.ags.domain.DeliveryOutcome;
import fr.plume.tool.lti.ags.domain.DeliveryOutcome.Kind;
import fr.plume.tool.lti.domain.LinkHeader;
import fr.plume.tool.lti.ags.domain.ScoreTimestamp;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AgsDomainTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "<https://m.example/l?from=0>; rel=\u201Cfirst\u201D, <https://m.example/l?a=1&amp;from=10>; rel=\u201Cnext\u201D",
        "<https://m.example/l?a=1&from=10>; rel=\"next\"",
        "<https://m.example/l?from=0>; rel=\"first\", <https://m.example/l?a=1&from=10>; rel=\"prev next\"",
        "<https://m.example/l?a=1&from=10>;rel=next",
        "<https://m.example/l?a=1&amp;from=10>; rel=\u00E2\u0080\u009Cnext\u00E2\u0080\u009D",
        "<https://m.example/l?a=1&from=10> ; REL = 'next' ; title=\"x\""})
    void findsTheNextPageHoweverTheHeaderIsQuoted(String header) {
        assertThat(LinkHeader.next(header)).contains(URI.create("https://m.example/l?a=1&from=10"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "garbage", "<https://m.example/l>; rel=\u201Clast\u201D", "<not a uri>; rel=next",
        "<https://m.example/l; rel=next", "<javascript:alert(1)>; rel=next", "<https://m.example/l>; rel=nextpage"})
    void ignoresWhatIsNotANextLink(String header) {
        assertThat(LinkHeader.next(header)).isEmpty();
    }

    @Test
    void readsSeveralLinkHeaders() {
        assertThat(LinkHeader.next(List.of("<https://m.example/a>; rel=first", "<https://m.example/b>; rel=next")))
                .contains(URI.create("https://m.example/b"));
        assertThat(LinkHeader.next((List<String>) null)).isEmpty();
    }

    @Test
    void timestampsAreSecondsAndStrictlyIncreasing() {
        Instant t = Instant.parse("2026-01-01T10:00:00.700Z");
        assertThat(ScoreTimestamp.choose(t, null)).isEqualTo(Instant.parse("2026-01-01T10:00:00Z"));
        assertThat(ScoreTimestamp.choose(t, Instant.parse("2026-01-01T10:00:00Z")))
                .isEqualTo(Instant.parse("2026-01-01T10:00:01Z"));
        assertThat(ScoreTimestamp.choose(t, Instant.parse("2026-01-01T10:00:05Z")))
                .isEqualTo(Instant.parse("2026-01-01T10:00:06Z"));
        assertThat(ScoreTimestamp.choose(t, Instant.parse("2026-01-01T09:00:00Z")))
                .isEqualTo(Instant.parse("2026-01-01T10:00:00Z"));
    }

    @Test
    void backoffDoublesWithJitterAndGivesUpAfter24Hours() {
        Backoff backoff = Backoff.DEFAULT;
        Instant queued = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(backoff.nextAttempt(1, queued, queued, () -> 0.0)).contains(queued.plusSeconds(15));
        assertThat(backoff.nextAttempt(1, queued, queued, () -> 0.999)).get()
                .matches(i -> i.isAfter(queued.plusSeconds(29)) && !i.isAfter(queued.plusSeconds(30)));
        assertThat(backoff.nextAttempt(3, queued, queued, () -> 0.999)).get()
                .matches(i -> i.isAfter(queued.plusSeconds(119)));
        // Capped at one hour.
        assertThat(backoff.nextAttempt(30, queued, queued, () -> 0.999)).get()
                .matches(i -> !i.isAfter(queued.plus(Duration.ofHours(1))));
        // The last try is at the deadline, then nothing.
        Instant late = queued.plus(Duration.ofHours(23).plusMinutes(50));
        assertThat(backoff.nextAttempt(20, queued, late, () -> 0.999)).contains(queued.plus(Duration.ofHours(24)));
        assertThat(backoff.nextAttempt(21, queued, queued.plus(Duration.ofHours(24)), () -> 0.5)).isEqualTo(Optional.empty());
    }

    @ParameterizedTest
    @CsvSource({"200,DELIVERED", "201,DELIVERED", "204,DELIVERED", "409,SUPERSEDED", "400,DEAD", "403,DEAD",
        "404,DEAD", "422,DEAD", "401,RETRY", "408,RETRY", "429,RETRY", "500,RETRY", "502,RETRY", "503,RETRY"})
    void classifiesThePlatformsAnswer(int status, Kind expected) {
        assertThat(DeliveryOutcome.ofScoreResponse(status, "Incorrect score received").kind()).isEqualTo(expected);
    }

    @Test
    void keepsThePlatformsMessageShortAndOnOneLine() {
        DeliveryOutcome outcome = DeliveryOutcome.ofScoreResponse(400, "Incorrect\nscore " + "x".repeat(1000));
        assertThat(outcome.detail()).startsWith("HTTP 400: Incorrect score").doesNotContain("\n");
        assertThat(outcome.detail().length()).isLessThan(520);
    }
}

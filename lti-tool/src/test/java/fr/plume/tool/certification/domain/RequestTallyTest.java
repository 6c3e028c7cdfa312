package fr.plume.tool.certification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestTallyTest {

    private static final Instant MINUTE = Instant.parse("2026-12-05T10:00:00Z");

    /** The shared counters as PostgreSQL keeps them, with the number of round trips made. */
    private static final class SharedCounters implements VerificationCounters {
        private final Map<String, Integer> totals = new HashMap<>();
        private int roundTrips;

        @Override
        public synchronized int add(String client, Instant windowStart, int requests) {
            roundTrips++;
            return totals.merge(client + "@" + windowStart, requests, Integer::sum);
        }

        @Override
        public synchronized int count(String client, Instant windowStart) {
            return totals.getOrDefault(client + "@" + windowStart, 0);
        }

        @Override
        public int deleteBefore(Instant windowStart) {
            return 0;
        }
    }

    @Test
    void countsEveryRequestOnTheNodeWithoutAskingTheDatabase() {
        SharedCounters shared = new SharedCounters();
        RequestTally node = new RequestTally();

        for (int i = 1; i <= 5; i++) {
            assertThat(node.count("client-a", MINUTE)).isEqualTo(i);
        }

        assertThat(shared.roundTrips).isZero();
    }

    @Test
    void aFlushSendsAClientsRequestsInOneRoundTrip() {
        SharedCounters shared = new SharedCounters();
        RequestTally node = new RequestTally();
        for (int i = 0; i < 40; i++) {
            node.count("client-a", MINUTE);
        }

        node.flush(shared);
        node.flush(shared);

        assertThat(shared.roundTrips).isEqualTo(1);
        assertThat(shared.totals).containsEntry("client-a@" + MINUTE, 40);
    }

    @Test
    void aNodeSeesWhatOtherNodesCountedOnceTheyFlushed() {
        SharedCounters shared = new SharedCounters();
        RequestTally first = new RequestTally();
        RequestTally second = new RequestTally();
        for (int i = 0; i < 30; i++) {
            first.count("client-a", MINUTE);
        }
        second.count("client-a", MINUTE);

        first.flush(shared);
        second.flush(shared);

        assertThat(second.count("client-a", MINUTE)).isEqualTo(32);
    }

    @Test
    void aNewWindowStartsFromZero() {
        SharedCounters shared = new SharedCounters();
        RequestTally node = new RequestTally();
        for (int i = 0; i < 10; i++) {
            node.count("client-a", MINUTE);
        }
        node.flush(shared);

        assertThat(node.count("client-a", MINUTE.plusSeconds(60))).isEqualTo(1);
    }

    @Test
    void forgetsOnlyOldWindowsWithNothingLeftToSend() {
        SharedCounters shared = new SharedCounters();
        RequestTally node = new RequestTally();
        node.count("sent", MINUTE);
        node.count("pending", MINUTE);
        node.flush(shared);
        node.count("pending", MINUTE);

        node.forgetBefore(MINUTE.plusSeconds(60));

        assertThat(node.count("sent", MINUTE)).as("forgotten: counts again from what this node knows").isEqualTo(1);
        assertThat(node.count("pending", MINUTE)).isEqualTo(3);
    }

    @Test
    void clientsAreCountedApart() {
        RequestTally node = new RequestTally();
        node.count("client-a", MINUTE);
        node.count("client-a", MINUTE);

        assertThat(node.count("client-b", MINUTE)).isEqualTo(1);
    }
}

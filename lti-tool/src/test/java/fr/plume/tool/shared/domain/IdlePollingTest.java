package fr.plume.tool.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.support.MovableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class IdlePollingTest {

    private final MovableClock clock = MovableClock.stopped();
    private final IdlePolling polling = new IdlePolling(Duration.ofSeconds(2), Duration.ofSeconds(30), clock);

    @Test
    void eachEmptyReadDoublesTheWaitUpToTheCap() {
        assertThat(polling.due()).isTrue();
        for (long seconds : new long[] {2, 4, 8, 16, 30, 30}) {
            polling.read(false);
            clock.advance(Duration.ofSeconds(seconds).minusMillis(1));
            assertThat(polling.due()).as("before %d s", seconds).isFalse();
            clock.advance(Duration.ofMillis(1));
            assertThat(polling.due()).as("after %d s", seconds).isTrue();
        }
    }

    @Test
    void aReadThatFoundWorkReadsAgainAtOnceAndStartsTheBackOffAfresh() {
        for (int i = 0; i < 6; i++) {
            polling.read(false);
        }
        polling.read(true);

        assertThat(polling.due()).isTrue();
        assertThat(polling.currentWait()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void workQueuedOnThisNodeWakesItAtTheNextTick() {
        for (int i = 0; i < 6; i++) {
            polling.read(false);
        }
        assertThat(polling.due()).isFalse();

        polling.wake();

        assertThat(polling.due()).isTrue();
        polling.read(false);
        assertThat(polling.currentWait()).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void aCapBelowTheTickIsTheTick() {
        IdlePolling everyTick = new IdlePolling(Duration.ofSeconds(2), Duration.ofSeconds(1), clock);

        everyTick.read(false);
        everyTick.read(false);

        assertThat(everyTick.currentWait()).isEqualTo(Duration.ofSeconds(2));
    }
}

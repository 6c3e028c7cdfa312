package fr.plume.tool.sync.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.support.MovableClock;
import fr.plume.tool.sync.domain.SyncJobKind;
import fr.plume.tool.sync.domain.SyncRun;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReadSyncRunsTest {

    private static final UUID MEMBER = UUID.randomUUID();
    private static final UUID OTHER = UUID.randomUUID();

    private final MovableClock clock = MovableClock.stopped();
    private final SyncPorts.MemoryRuns runs = new SyncPorts.MemoryRuns();
    private final ReadSyncRuns read = new ReadSyncRuns(runs);

    private UUID queue(UUID member) {
        clock.advance(Duration.ofMinutes(1));
        return runs.queue(member, UUID.randomUUID(), null, SyncJobKind.FRAMEWORK_PUSH, "", false, "admin",
                clock.instant());
    }

    @Test
    void aMembersRunsAreReadWithinThatMemberNewestFirst() {
        UUID first = queue(MEMBER);
        UUID other = queue(OTHER);
        UUID second = queue(MEMBER);

        assertThat(read.recent(MEMBER, 10)).extracting(SyncRun::id).containsExactly(second, first);
        assertThat(read.recent(10)).extracting(SyncRun::id).containsExactly(second, other, first);
        assertThat(read.recent(1)).extracting(SyncRun::id).containsExactly(second);
        assertThat(read.find(MEMBER, first)).isPresent();
        assertThat(read.find(MEMBER, other)).isEmpty();
        assertThat(read.attachment(OTHER, first)).isEmpty();
    }
}

package fr.plume.tool.sync.application;

import fr.plume.tool.sync.domain.SyncRun;
import fr.plume.tool.sync.domain.SyncRuns;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Runs and their reports for administrators: one member's (every read names it) or, for the consortium, all. */
@Service
public class ReadSyncRuns {

    private final SyncRuns runs;

    ReadSyncRuns(SyncRuns runs) {
        this.runs = runs;
    }

    /** The latest runs of every member, newest first. */
    public List<SyncRun> recent(int limit) {
        return runs.recent(limit);
    }

    /** The latest runs of one member, newest first. */
    public List<SyncRun> recent(UUID memberId, int limit) {
        return runs.recent(memberId, limit);
    }

    public Optional<SyncRun> find(UUID memberId, UUID runId) {
        return runs.find(memberId, runId);
    }

    /** The file a run produced (a framework push to a read-only site: tool_lpimportcsv's CSV). */
    public Optional<byte[]> attachment(UUID memberId, UUID runId) {
        return runs.attachment(memberId, runId);
    }
}

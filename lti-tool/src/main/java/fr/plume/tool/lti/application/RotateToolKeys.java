package fr.plume.tool.lti.application;

import fr.plume.tool.lti.domain.ToolKeyStore;
import fr.plume.tool.lti.domain.ToolKeyStore.StoredKey;
import fr.plume.tool.lti.domain.LtiSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rotates the tool's signing key in two steps, so no platform ever meets a signature by a key it
 * has not yet fetched: the first call publishes a NEXT key; a call after
 * {@code plume.lti.key-publish-before-use} makes it CURRENT and retires the previous one, which
 * stays published for {@code plume.lti.retired-key-retention}.
 */
@Service
public class RotateToolKeys {

    private static final Logger log = LoggerFactory.getLogger(RotateToolKeys.class);

    public enum Step { NEXT_PUBLISHED, WAITING, ACTIVATED }

    public record Result(Step step, String currentKid, String nextKid, Instant nextUsableFrom) {
    }

    private final ToolKeys toolKeys;
    private final ToolKeyStore keys;
    private final LtiSettings properties;
    private final Clock clock;
    private final TransactionTemplate transaction;

    RotateToolKeys(ToolKeys toolKeys, ToolKeyStore keys, LtiSettings properties, Clock clock,
            TransactionTemplate transaction) {
        this.toolKeys = toolKeys;
        this.keys = keys;
        this.properties = properties;
        this.clock = clock;
        this.transaction = transaction;
    }

    public Result rotate() {
        toolKeys.ensureCurrentKey();
        Result result = transaction.execute(status -> {
            keys.lock();
            Instant now = clock.instant();
            keys.deleteExpired(now);
            StoredKey current = keys.withStatus("CURRENT").orElseThrow();
            Optional<StoredKey> next = keys.withStatus("NEXT");
            if (next.isEmpty()) {
                StoredKey created = toolKeys.newKey("NEXT", now);
                keys.insert(created);
                return new Result(Step.NEXT_PUBLISHED, current.kid(), created.kid(),
                        now.plus(properties.keyPublishBeforeUse()));
            }
            Instant usableFrom = next.get().createdAt().plus(properties.keyPublishBeforeUse());
            if (now.isBefore(usableFrom)) {
                return new Result(Step.WAITING, current.kid(), next.get().kid(), usableFrom);
            }
            keys.retire(current.kid(), now, now.plus(properties.retiredKeyRetention()));
            keys.activate(next.get().kid(), now);
            return new Result(Step.ACTIVATED, next.get().kid(), null, null);
        });
        log.info("event=lti.tool-key.rotation step={} current={} next={}", result.step(), result.currentKid(),
                result.nextKid());
        return result;
    }
}

package fr.plume.tool.lti.support;

import fr.plume.tool.lti.domain.UsedNonces;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Spent nonces per issuer in memory; {@link InMemoryLaunchRecords} spends them as the launch records do. */
public final class InMemoryUsedNonces implements UsedNonces {

    private record Key(String issuer, String nonce) {
    }

    private final Map<Key, Instant> keptUntil = new ConcurrentHashMap<>();

    /** Spends the nonce; false when it was spent already. */
    public boolean spend(String issuer, String nonce, Instant until) {
        return keptUntil.putIfAbsent(new Key(issuer, nonce), until) == null;
    }

    /** How long the nonce stays recorded, or null when it was never spent. */
    public Instant keptUntil(String issuer, String nonce) {
        return keptUntil.get(new Key(issuer, nonce));
    }

    @Override
    public boolean spent(String issuer, String nonce) {
        return keptUntil.containsKey(new Key(issuer, nonce));
    }

    @Override
    public int deleteExpired(Instant now) {
        int before = keptUntil.size();
        keptUntil.values().removeIf(until -> !until.isAfter(now));
        return before - keptUntil.size();
    }
}

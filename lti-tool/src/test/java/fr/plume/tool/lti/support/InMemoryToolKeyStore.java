package fr.plume.tool.lti.support;

import fr.plume.tool.lti.domain.ToolKeyStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The tool's keys in memory, with the table's rules: published while not RETIRED or not yet expired. */
public final class InMemoryToolKeyStore implements ToolKeyStore {

    private final Map<String, StoredKey> keys = new LinkedHashMap<>();
    private int locks;

    @Override
    public synchronized void lock() {
        locks++;
    }

    /** How many times a key change was serialised. */
    public synchronized int locks() {
        return locks;
    }

    @Override
    public synchronized void insert(StoredKey key) {
        if (keys.putIfAbsent(key.kid(), key) != null) {
            throw new IllegalStateException("duplicate kid " + key.kid());
        }
    }

    @Override
    public synchronized Optional<StoredKey> withStatus(String status) {
        return keys.values().stream().filter(k -> k.status().equals(status)).findFirst();
    }

    @Override
    public synchronized Optional<StoredKey> byKid(String kid) {
        return Optional.ofNullable(keys.get(kid));
    }

    @Override
    public synchronized List<StoredKey> published(Instant now) {
        return newestFirst().stream()
                .filter(k -> !k.status().equals("RETIRED") || (k.expiresAt() != null && k.expiresAt().isAfter(now)))
                .toList();
    }

    @Override
    public synchronized List<StoredKey> all() {
        return newestFirst();
    }

    @Override
    public synchronized void retire(String kid, Instant now, Instant expiresAt) {
        StoredKey k = keys.get(kid);
        keys.put(kid, new StoredKey(k.kid(), "RETIRED", k.publicJwk(), k.encryptedPrivateKey(), k.createdAt(),
                k.activatedAt(), now, expiresAt));
    }

    @Override
    public synchronized void activate(String kid, Instant now) {
        StoredKey k = keys.get(kid);
        keys.put(kid, new StoredKey(k.kid(), "CURRENT", k.publicJwk(), k.encryptedPrivateKey(), k.createdAt(), now,
                k.retiredAt(), k.expiresAt()));
    }

    @Override
    public synchronized int deleteExpired(Instant now) {
        int before = keys.size();
        keys.values().removeIf(k -> k.status().equals("RETIRED") && !k.expiresAt().isAfter(now));
        return before - keys.size();
    }

    private List<StoredKey> newestFirst() {
        List<StoredKey> all = new ArrayList<>(keys.values());
        all.sort(Comparator.comparing(StoredKey::createdAt).reversed());
        return all;
    }
}

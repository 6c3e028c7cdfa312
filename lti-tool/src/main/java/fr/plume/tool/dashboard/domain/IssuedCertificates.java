package fr.plume.tool.dashboard.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The certificates issued per member in a period: the one place the usage report counts them (today
 * the published certification results; the certification module's certificates when it issues them).
 */
public interface IssuedCertificates {

    /** Per member (or {@code member} only): certificates issued in [from, to) and distinct holders. */
    Map<UUID, UsageCell> between(Instant from, Instant to, Optional<UUID> member);
}

package fr.plume.tool.shared.domain;

import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/**
 * The time zone a member institution chose for its people's pages (identity's {@code Members}
 * answers it); empty when the member keeps the consortium's.
 */
@FunctionalInterface
public interface MemberTimeZones {

    Optional<ZoneId> timeZone(UUID memberId);
}

package fr.plume.tool.identity.api;

import fr.plume.tool.shared.domain.MemberTimeZones;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The consortium's member institutions: every tenant-owned row belongs to one. Each may have its
 * own time zone for the pages of the people launched from it ({@link #timeZone}).
 */
public interface Members extends MemberTimeZones {

    /** The member with this code, created with {@code name} when it does not exist yet. */
    Member ensure(String code, String name);

    Optional<Member> findById(UUID id);

    Optional<Member> findByCode(String code);

    List<Member> all();

    /** Sets the time zone of the member's people; {@code null} goes back to the consortium's. */
    void changeTimeZone(UUID memberId, ZoneId zone);

    record Member(UUID id, String code, String name) {
    }
}

package fr.plume.tool.identity.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The consortium's member institutions: every tenant-owned row belongs to one. */
public interface Members {

    /** The member with this code, created with {@code name} when it does not exist yet. */
    Member ensure(String code, String name);

    Optional<Member> findById(UUID id);

    Optional<Member> findByCode(String code);

    List<Member> all();

    record Member(UUID id, String code, String name) {
    }
}

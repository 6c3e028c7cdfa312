package fr.plume.tool.certification.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Certification centres and the tool accounts that manage them. */
public interface Centres {

    void insert(Centre centre);

    Optional<Centre> find(UUID id);

    List<Centre> all();

    List<Centre> managedBy(String username);

    boolean manages(UUID centreId, String username);

    /** @return false when the account already managed the centre */
    boolean addManager(Centre centre, String username);

    List<String> managers(UUID centreId);
}

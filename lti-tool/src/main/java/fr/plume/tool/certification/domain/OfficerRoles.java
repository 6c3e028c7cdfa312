package fr.plume.tool.certification.domain;

import java.time.Instant;
import java.util.List;

/** The LTI roles the consortium maps to the national certification officer. */
public interface OfficerRoles {

    List<String> all();

    /** @return false when the role was already mapped */
    boolean add(String role, String by, Instant at);

    /** @return false when the role was not mapped */
    boolean remove(String role);
}

package fr.plume.tool.certification.domain;

import java.util.List;
import java.util.UUID;

public interface Incidents {

    void insert(Incident incident);

    List<Incident> ofSession(UUID memberId, UUID sessionId);
}

package fr.plume.tool.certification.domain;

import java.util.UUID;

/** A certification centre: a member university, or one of its sites, that holds sessions. */
public record Centre(UUID id, UUID memberId, String name) {
}

package fr.plume.tool.demo.domain;

import java.time.Instant;

/** A request the platform's services received and what they answered. */
public record ServiceLogEntry(long id, Instant receivedAt, String method, String path, String clientId, int status,
        String body, String outcome) {
}

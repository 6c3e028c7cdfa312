package fr.plume.tool.demo.domain;

import java.time.Instant;
import java.util.UUID;

/** A launch a demo button asked for; its id travels as {@code lti_message_hint}. */
public record LaunchIntent(UUID id, String userId, String courseId, MessageType messageType, Long activityId,
        String locale, Instant createdAt) {
}

package fr.plume.tool.privacy.application;

import java.util.UUID;

/**
 * Whose people an administrator may see and erase: every member's (consortium administrator) or
 * one member's (that member's administrator), never one named in the request.
 */
public record AdminScope(UUID memberId) {

    public static AdminScope consortium() {
        return new AdminScope(null);
    }

    public static AdminScope member(UUID memberId) {
        return new AdminScope(java.util.Objects.requireNonNull(memberId));
    }

    public boolean covers(UUID member) {
        return memberId == null || memberId.equals(member);
    }
}

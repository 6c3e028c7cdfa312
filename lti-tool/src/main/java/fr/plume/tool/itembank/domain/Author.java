package fr.plume.tool.itembank.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * Someone who writes or reviews content: a person launched from a member's platform with the
 * ContentDeveloper role, or a tool account granted the author role by the consortium admin.
 *
 * @param key      stable and unique ("lti:&lt;member&gt;:&lt;user&gt;" or "account:&lt;name&gt;"), compared to
 *                 tell a reviewer from the author; never a name or an e-mail
 * @param name     how the person is credited on the content (may be edited by the author)
 * @param memberId the member the person launched from, null for a tool account
 */
public record Author(String key, String name, UUID memberId) {

    public Author {
        Objects.requireNonNull(key, "key");
        name = name == null || name.isBlank() ? key : name.strip();
    }

    public static Author launched(UUID memberId, UUID userId, String name) {
        return new Author("lti:" + memberId + ":" + userId, name, memberId);
    }

    public static Author account(String username) {
        return new Author("account:" + username, username, null);
    }

    public boolean is(String otherKey) {
        return key.equals(otherKey);
    }
}

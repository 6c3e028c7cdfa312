package fr.plume.tool.demo.domain;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/** The opaque Deep Linking {@code data}: which course and who asked, plus randomness. */
public final class DeepLinkData {

    private DeepLinkData() {
    }

    public static String issue(DemoCourse course, DemoUser user, SecureRandom random) {
        byte[] bytes = new byte[9];
        random.nextBytes(bytes);
        return course.id() + ":" + user.id() + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Course id, user id and randomness, when {@code data} is what {@link #issue} wrote. */
    public static Optional<String[]> read(Object data) {
        if (!(data instanceof String text)) {
            return Optional.empty();
        }
        String[] parts = text.split(":", 3);
        return parts.length == 3 ? Optional.of(parts) : Optional.empty();
    }
}

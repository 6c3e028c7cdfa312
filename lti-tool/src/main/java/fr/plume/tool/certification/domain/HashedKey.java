package fr.plume.tool.certification.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A key that names something without holding it: anti-abuse counters never hold an address or a
 * person's id, an invigilation grant never holds the PIN's hash.
 */
public final class HashedKey {

    private HashedKey() {
    }

    /** @param purpose what the key is for ({@code verify}, {@code join}, {@code invigilation}); keeps the kinds apart */
    public static String of(String purpose, String subject) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(("plume-" + purpose + ":" + subject).getBytes(StandardCharsets.UTF_8));
            return purpose + ":" + HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package fr.plume.tool.certification.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The key of an anti-abuse counter: a hash, so the counters never hold an address or a person's id. */
public final class CounterKey {

    private CounterKey() {
    }

    /** @param purpose what is counted ({@code verify}, {@code join}); keeps the kinds of counter apart */
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

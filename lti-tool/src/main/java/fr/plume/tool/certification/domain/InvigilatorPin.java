package fr.plume.tool.certification.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.random.RandomGenerator;

/**
 * The invigilator's six-digit PIN of one session. Only a salted hash is stored (the session id is
 * the salt); the PIN itself is shown once, to whoever schedules the session. Wrong PINs are counted
 * per session and the session locks after {@link #MAX_FAILURES}, so the PIN cannot be guessed.
 */
public final class InvigilatorPin {

    public static final int MAX_FAILURES = 10;

    private InvigilatorPin() {
    }

    public static String random(RandomGenerator random) {
        return String.format("%06d", random.nextInt(1_000_000));
    }

    public static String hash(String salt, String pin) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((salt + ":" + pin).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean matches(String salt, String pin, String storedHash) {
        if (pin == null || !pin.strip().matches("\\d{6}")) {
            return false;
        }
        return MessageDigest.isEqual(hash(salt, pin.strip()).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}

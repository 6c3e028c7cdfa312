package fr.plume.tool.sync.domain;

import fr.plume.tool.shared.domain.SecretBox;
import java.nio.charset.StandardCharsets;

/** Encrypts Moodle web service tokens at rest; the site id is bound, so a token copied to another site does not decrypt. */
public final class TokenCipher {

    private final SecretBox box;

    public TokenCipher(String secret) {
        this.box = new SecretBox(secret, "plume/sync/moodle-tokens/v1", "aes-256-gcm moodle ws token");
    }

    public byte[] encrypt(String token, String associatedData) {
        return box.seal(token.getBytes(StandardCharsets.UTF_8), associatedData);
    }

    /** Decrypts, or throws {@link IllegalStateException} when the secret or the site does not match. */
    public String decrypt(byte[] stored, String associatedData) {
        try {
            return new String(box.open(stored, associatedData), StandardCharsets.UTF_8);
        } catch (SecretBox.CannotOpen e) {
            // No cause: the message is shown to admins and must not carry anything about the token.
            throw new IllegalStateException("The Moodle token of this site cannot be decrypted: "
                    + "was PLUME_SECRET_KEY changed since it was saved? Enter the token again.");
        }
    }
}

package fr.plume.tool.lti.domain;

import fr.plume.tool.shared.domain.SecretBox;

/** Encrypts the tool's private keys at rest; the kid is bound, so a key moved to another row does not decrypt. */
public final class ToolKeyCipher {

    private final SecretBox box;

    public ToolKeyCipher(String secret) {
        this.box = new SecretBox(secret, "plume/lti/tool-keys/v1", "aes-256-gcm private key wrapping");
    }

    public byte[] encrypt(byte[] plaintext, String kid) {
        return box.seal(plaintext, kid);
    }

    /** Decrypts, or throws {@link IllegalStateException} when the secret or the kid does not match. */
    public byte[] decrypt(byte[] stored, String kid) {
        try {
            return box.open(stored, kid);
        } catch (SecretBox.CannotOpen e) {
            throw new IllegalStateException("Cannot decrypt tool key " + kid
                    + ": was PLUME_SECRET_KEY changed since it was created?", e);
        }
    }
}

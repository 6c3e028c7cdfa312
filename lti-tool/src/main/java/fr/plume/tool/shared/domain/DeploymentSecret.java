package fr.plume.tool.shared.domain;

/**
 * The deployment's one secret: {@code PLUME_SECRET_KEY}, or in the demo profile only the one the
 * demo generated. Every key the tool keeps at rest or signs with derives from it (tool private
 * keys, Moodle tokens, registration invitations, each with its own HKDF salt and info), so
 * modules take this bean and never read the property themselves (DESIGN §10).
 */
public record DeploymentSecret(String value) {

    @Override
    public String toString() {
        return "DeploymentSecret[****]";
    }
}

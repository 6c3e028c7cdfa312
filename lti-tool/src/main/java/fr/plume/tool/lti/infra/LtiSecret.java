package fr.plume.tool.lti.infra;

/** The deployment secret (PLUME_SECRET_KEY, or the demo's generated one) the LTI module derives keys from. */
public record LtiSecret(String value) {

    @Override
    public String toString() {
        return "LtiSecret[****]";
    }
}

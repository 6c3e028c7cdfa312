package fr.plume.tool.demo.domain;

/** The two LTI 1.3 messages the demo platform sends (LTI Core §5.4, Deep Linking 2.0 §4.4). */
public enum MessageType {
    RESOURCE_LINK("LtiResourceLinkRequest"),
    DEEP_LINKING("LtiDeepLinkingRequest");

    private final String claim;

    MessageType(String claim) {
        this.claim = claim;
    }

    public String claim() {
        return claim;
    }
}

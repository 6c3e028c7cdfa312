package fr.plume.tool.demo.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublishPlatformKeysTest {

    private final DemoPorts ports = new DemoPorts();

    @Test
    @SuppressWarnings("unchecked")
    void publishesThePublicHalfOfTheSigningKeyOnly() {
        Map<String, Object> jwks = new PublishPlatformKeys(ports.keys).jwks();

        List<Map<String, Object>> keys = (List<Map<String, Object>>) jwks.get("keys");
        assertThat(keys).singleElement().satisfies(key -> assertThat(key)
                .containsEntry("kty", "RSA").containsEntry("alg", "RS256").containsEntry("use", "sig")
                .containsEntry("kid", "demo-test").containsKeys("n", "e").doesNotContainKeys("d", "p", "q"));
    }
}

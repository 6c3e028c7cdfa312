package fr.plume.tool.lti.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import fr.plume.tool.lti.infra.JdbcToolKeys;
import fr.plume.tool.lti.domain.LtiSettings;
import fr.plume.tool.support.Http;
import fr.plume.tool.support.MovableClock;
import fr.plume.tool.support.PlumeIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Tool keys: encrypted at rest, published with their kid, rotated in two steps. */
@PlumeIntegrationTest
class RotateToolKeysTest {

    @LocalServerPort
    int port;
    @Autowired
    ToolKeys toolKeys;
    @Autowired
    JdbcToolKeys keys;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void privateKeysAreEncryptedAndEveryPublishedKeyHasAKid() throws Exception {
        toolKeys.currentKey();
        byte[] stored = jdbc.sql("SELECT private_key FROM lti_tool_key WHERE status = 'CURRENT'")
                .query(byte[].class).single();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("\"d\"").doesNotContain("\"p\"");

        JWKSet published = JWKSet.parse(new Http(port).get("/.well-known/jwks.json").body());
        assertThat(published.getKeys()).isNotEmpty().allSatisfy(k -> {
            assertThat(k.getKeyID()).isNotBlank();
            assertThat(k.isPrivate()).isFalse();
            assertThat(k.toRSAKey().size()).isEqualTo(2048);
        });
    }

    @Test
    void rotationPublishesTheNextKeyBeforeUsingItAndKeepsTheOldOneUntilExpiry() throws Exception {
        MovableClock clock = MovableClock.stopped();
        LtiSettings properties = new LtiSettings(null, null, null, Duration.ofHours(24), Duration.ofDays(7), null);
        RotateToolKeys rotate = new RotateToolKeys(toolKeys, keys, properties, clock, transaction);
        String before = toolKeys.currentKey().getKeyID();

        RotateToolKeys.Result published = rotate.rotate();
        assertThat(published.step()).isEqualTo(RotateToolKeys.Step.NEXT_PUBLISHED);
        assertThat(kids()).contains(before, published.nextKid());
        assertThat(toolKeys.currentKey().getKeyID()).as("still signing with the old key").isEqualTo(before);

        clock.advance(Duration.ofHours(1));
        assertThat(rotate.rotate().step()).isEqualTo(RotateToolKeys.Step.WAITING);

        clock.advance(Duration.ofHours(24));
        RotateToolKeys.Result activated = rotate.rotate();
        assertThat(activated.step()).isEqualTo(RotateToolKeys.Step.ACTIVATED);
        assertThat(toolKeys.currentKey().getKeyID()).isEqualTo(published.nextKid());
        assertThat(kids()).as("the retired key stays published").contains(before, published.nextKid());

        clock.advance(Duration.ofDays(8));
        rotate.rotate();
        assertThat(keys.byKid(before)).as("expired keys are removed at the next rotation").isEmpty();
    }

    private List<String> kids() throws Exception {
        return JWKSet.parse(new Http(port).get("/.well-known/jwks.json").body()).getKeys().stream()
                .map(JWK::getKeyID).toList();
    }
}

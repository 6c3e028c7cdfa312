package fr.plume.tool.demo.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import fr.plume.tool.demo.domain.AccessGrant;
import fr.plume.tool.demo.domain.Scopes;
import java.time.Duration;
import java.util.Date;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IssueServiceTokenTest {

    private static final String TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    private static final String PATH = "/demo/platform/token";

    private final DemoPorts ports = new DemoPorts();
    private final IssueServiceToken issue = new IssueServiceToken(ports.toolJwts, ports.tokens, ports.serviceLog,
            ports.clock);

    private String assertion() {
        return ports.toolJwts.clientAssertion(new JWTClaimsSet.Builder().issuer(DemoPorts.CLIENT_ID)
                .subject(DemoPorts.CLIENT_ID).jwtID(UUID.randomUUID().toString())
                .expirationTime(Date.from(ports.clock.instant().plusSeconds(60))).build());
    }

    private IssueServiceToken.TokenResponse request(String assertion, String type, String grantType, String scope) {
        return issue.issue(new IssueServiceToken.TokenRequest(true, assertion, type, grantType, scope), PATH);
    }

    @Test
    void grantsThePermittedScopesAskedForForAnHour() {
        IssueServiceToken.TokenResponse answer = request(assertion(), TYPE, "client_credentials",
                Scopes.SCORE + " " + Scopes.MEMBERSHIPS + " " + Scopes.SCORE + " https://example.org/unknown");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).containsEntry("token_type", "Bearer").containsEntry("expires_in", 3600L)
                .containsEntry("scope", Scopes.SCORE + " " + Scopes.MEMBERSHIPS);
        AccessGrant grant = ports.tokens.grantOf((String) answer.body().get("access_token")).orElseThrow();
        assertThat(grant.clientId()).isEqualTo(DemoPorts.CLIENT_ID);
        assertThat(grant.scopes()).containsExactly(Scopes.SCORE, Scopes.MEMBERSHIPS);
        assertThat(grant.expiresAt()).isEqualTo(ports.clock.instant().plus(Duration.ofHours(1)));
        assertThat(ports.serviceLog.last().status()).isEqualTo(200);
        assertThat(ports.serviceLog.last().clientId()).isEqualTo(DemoPorts.CLIENT_ID);
    }

    @Test
    void refusesAReplayedAssertion() {
        String assertion = assertion();
        assertThat(request(assertion, TYPE, "client_credentials", Scopes.SCORE).status()).isEqualTo(200);

        IssueServiceToken.TokenResponse replay = request(assertion, TYPE, "client_credentials", Scopes.SCORE);

        assertThat(replay.status()).isEqualTo(400);
        assertThat(replay.body()).containsExactly(java.util.Map.entry("error", "invalid_client"));
        assertThat(ports.serviceLog.last().outcome()).isEqualTo("invalid_client: client assertion jti already used");
    }

    @Test
    void answersEachFaultWithItsOAuthErrorAndLogsIt() {
        assertThat(issue.issue(new IssueServiceToken.TokenRequest(false, null, null, null, null), PATH).body())
                .containsEntry("error", "invalid_request");
        assertThat(request(assertion(), TYPE, "client_credentials", " ").body()).containsEntry("error", "invalid_request");
        assertThat(request(assertion(), TYPE, "authorization_code", Scopes.SCORE).body())
                .containsEntry("error", "unsupported_grant_type");
        assertThat(request(assertion(), "urn:other", "client_credentials", Scopes.SCORE).body())
                .containsEntry("error", "unsupported_grant_type");
        assertThat(request("forged", TYPE, "client_credentials", Scopes.SCORE).body())
                .containsEntry("error", "invalid_client");
        assertThat(request(assertion(), TYPE, "client_credentials", "https://example.org/nothing").body())
                .containsEntry("error", "invalid_scope");

        assertThat(ports.serviceLog.all()).hasSize(6).allSatisfy(entry -> {
            assertThat(entry.status()).isEqualTo(400);
            assertThat(entry.path()).isEqualTo(PATH);
        });
        assertThat(ports.tokens.grantOf("token-1")).isEmpty();
    }
}

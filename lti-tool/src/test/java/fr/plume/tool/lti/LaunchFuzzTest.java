package fr.plume.tool.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import fr.plume.tool.identity.api.Members;
import fr.plume.tool.lti.api.PlatformRegistrations;
import fr.plume.tool.support.Http;
import fr.plume.tool.support.PlumeIntegrationTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Launch JWTs under generated hostile input, over real HTTP through /lti/launch (issue 18): tokens
 * cut, flipped, re-segmented, and correctly signed tokens whose claims have hostile values or
 * types. Every one is answered (refused or launched), never with a 5xx, in a generous time.
 * Seeded: a failure names the seed and index.
 */
@PlumeIntegrationTest
class LaunchFuzzTest {

    private static final long SEED = 18L;
    private static final int INPUTS = 150;
    private static final Duration PER_INPUT = Duration.ofSeconds(10);
    private static final Duration IN_ALL = Duration.ofSeconds(20);
    private static final List<Object> HOSTILE_VALUES = List.of("", "x".repeat(20_000), 42, -1, 1e308, true,
            List.of(), List.of(1, 2), Map.of(), Map.of("id", List.of(Map.of())), "\u0000", "\uD800",
            "<script>alert(1)</script>", "../../etc/passwd", "http://purl.imsglobal.org/vocab/lis/v2/membership#");

    @Autowired
    PlatformRegistrations registrations;
    @Autowired
    Members members;
    @LocalServerPort
    int port;

    @Test
    void everyHostileLaunchIsAnsweredWithoutAServerError() {
        Random random = new Random(SEED);
        try (TestPlatform platform = TestPlatform.registeredFor(registrations, members, "launch-fuzz")) {
            LaunchFlow flow = new LaunchFlow(new Http(port), platform);
            long deadline = System.nanoTime() + IN_ALL.toNanos();
            for (int i = 0; i < INPUTS && System.nanoTime() < deadline; i++) {
                String which = "seed " + SEED + ", input " + i;
                LaunchFlow.Login login = flow.login();
                Map<String, Object> claims = platform.resourceLinkClaims("fuzz-" + i, login.nonce(),
                        List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"), Map.of("id", "c1"),
                        Map.of("id", "r1"), Map.of(), LaunchFlow.TOOL_LAUNCH_URL, Instant.now());
                String token = hostile(random, platform, claims);
                HttpResponse<String> answer = assertTimeoutPreemptively(PER_INPUT,
                        () -> flow.launch(token, login.state(), login.cookieHeader()), which);
                assertThat(answer.statusCode()).as(which).isLessThan(500);
            }
        }
    }

    private static String hostile(Random random, TestPlatform platform, Map<String, Object> claims) {
        switch (random.nextInt(4)) {
            case 0 -> {
                // the LTI claims (the test signer itself refuses ill-typed registered JWT claims)
                List<String> names = new ArrayList<>(claims.keySet().stream().filter(name -> name.startsWith("https://")).toList());
                claims.put(names.get(random.nextInt(names.size())), HOSTILE_VALUES.get(random.nextInt(HOSTILE_VALUES.size())));
                return platform.idToken(claims);
            }
            case 1 -> {
                String token = platform.idToken(claims);
                return token.substring(0, random.nextInt(token.length() + 1));
            }
            case 2 -> {
                char[] token = platform.idToken(claims).toCharArray();
                for (int n = 1 + random.nextInt(6); n > 0; n--) {
                    token[random.nextInt(token.length)] = "AZaz09-_.=+/ %".charAt(random.nextInt(14));
                }
                return new String(token);
            }
            default -> {
                String[] parts = platform.idToken(claims).split("\\.");
                String segment = parts[random.nextInt(parts.length)];
                return String.join(".", java.util.Collections.nCopies(1 + random.nextInt(5), segment));
            }
        }
    }
}

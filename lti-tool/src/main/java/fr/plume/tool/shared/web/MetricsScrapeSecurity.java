package fr.plume.tool.shared.web;

import fr.plume.tool.shared.application.BearerTokens;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The Prometheus scrape ({@code /actuator/prometheus}, docs/operations.md) answers only a caller
 * presenting the scrape token ({@code plume.metrics.scrape-token}) as {@code Authorization: Bearer};
 * without a configured token nobody can read it (deny by default). The token is a deployment
 * secret, not a person's: it opens the metrics and nothing else, and no session.
 */
@Configuration(proxyBeanMethods = false)
class MetricsScrapeSecurity {

    static final String PATH = "/actuator/prometheus";
    static final String AUTHORITY = "METRICS_SCRAPE";
    /** Shorter secrets are refused at start-up: the token is the only protection of the endpoint. */
    static final int MINIMUM_LENGTH = 24;

    @Bean
    @Order(0)
    SecurityFilterChain metricsScrapeChain(HttpSecurity http, ContentSecurityPolicy csp,
            @Value("${plume.metrics.scrape-token:}") String scrapeToken) throws Exception {
        ProblemAuthenticationEntryPoint problems = new ProblemAuthenticationEntryPoint();
        http.securityMatcher(PATH)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAuthority(AUTHORITY))
                .addFilterBefore(new BearerTokenFilter(scrapeTokens(scrapeToken), problems),
                        AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                // read-only, by a token the browser never sends on its own
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.addHeaderWriter(csp));
        return http.build();
    }

    /** Matches the configured token in constant time (digests of equal length); none when it is empty. */
    static BearerTokens scrapeTokens(String configured) {
        if (configured == null || configured.isBlank()) {
            return token -> Optional.empty();
        }
        if (configured.length() < MINIMUM_LENGTH) {
            throw new IllegalStateException("plume.metrics.scrape-token must have at least " + MINIMUM_LENGTH
                    + " characters");
        }
        byte[] expected = sha256(configured);
        return token -> MessageDigest.isEqual(expected, sha256(token))
                ? Optional.of(UsernamePasswordAuthenticationToken.authenticated("metrics-scraper", null,
                        List.of(new SimpleGrantedAuthority(AUTHORITY))))
                : Optional.empty();
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package fr.plume.tool.shared.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Deny by default (DESIGN §10): public pages are listed one by one, everything else needs a
 * signed-in user with the right role. APIs are stateless (HTTP Basic) and answer in problem JSON.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String[] PUBLIC_PAGES = {
        "/", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error", "/login",
        "/actuator/health", "/actuator/health/**", "/actuator/info",
        "/lti/**", "/.well-known/**", "/verify/**", "/catalogue/**", "/oai", "/demo/**"
    };

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/admin/**").hasRole("CONSORTIUM_ADMIN")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(new ProblemAuthenticationEntryPoint()))
                .exceptionHandling(e -> e.accessDeniedHandler(new ProblemAuthenticationEntryPoint()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, ContentSecurityPolicy csp) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .requestMatchers("/admin/**").hasRole("CONSORTIUM_ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll())
                .logout(Customizer.withDefaults())
                // Only admin pages lead to the sign-in form; other pages ask to relaunch from the platform.
                .exceptionHandling(e -> e.authenticationEntryPoint(new SignInOrRelaunch())
                        .accessDeniedHandler(new SignInOrRelaunch()))
                .requestCache(cache -> cache.requestCache(SignInOrRelaunch.requestCache()))
                // LTI messages are cross-site form posts authenticated by their signed JWT and
                // one-time state, not by a CSRF token (LTI Core §5.1.1.1).
                .csrf(csrf -> csrf.csrfTokenRepository(CsrfTokens.repository())
                        .ignoringRequestMatchers("/lti/**", "/demo/platform/**"))
                // Pages are framed by Moodle: CSP frame-ancestors replaces X-Frame-Options.
                .headers(headers -> headers.frameOptions(frame -> frame.disable()).addHeaderWriter(csp)
                        .addHeaderWriter((request, response) -> BrowserPolicies.write(response)));
        return http.build();
    }

    @Bean
    ContentSecurityPolicy contentSecurityPolicy(ObjectProvider<FrameAncestors> frameAncestors) {
        return new ContentSecurityPolicy(frameAncestors);
    }

    /**
     * No per-filter observations: they wrap every filter of every request and cost about 5 % of a
     * launch (docs/performance.md); HTTP server metrics are still recorded.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}

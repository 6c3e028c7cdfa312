package fr.plume.tool.shared.web;

import fr.plume.tool.shared.application.BearerTokens;
import java.util.Optional;
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
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Deny by default (DESIGN §10): public pages are listed one by one, everything else needs a
 * signed-in user with the right role. APIs take per-administrator Bearer tokens, scoped per route
 * ({@link ApiRoutes}), keep no session and answer in problem JSON; HTTP Basic is off everywhere.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String[] PUBLIC_PAGES = {
        "/", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error", "/login", AccessDeniedPage.PATH,
        "/actuator/health", "/actuator/health/**", "/actuator/info",
        "/lti/**", "/.well-known/**", "/verify/**", "/catalogue/**", "/oai", "/demo/**",
        // the invigilator comes with the session's code and PIN, checked by the certification module
        "/certif/invigilate", "/certif/invigilate/**"
    };

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ObjectProvider<BearerTokens> tokenStore) throws Exception {
        ProblemAuthenticationEntryPoint problems = new ProblemAuthenticationEntryPoint();
        // Without the identity module (a module test) no token is known: every API call is refused.
        BearerTokens bearerTokens = tokenStore.getIfAvailable(() -> token -> Optional.empty());
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(ApiRoutes::authorize)
                .addFilterBefore(new BearerTokenFilter(bearerTokens, problems), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                // A bearer token is never sent by the browser on its own, so no CSRF token is needed.
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, ContentSecurityPolicy csp,
            ObjectProvider<AuthenticationFailureHandler> failureHandlers,
            ObjectProvider<AuthenticationSuccessHandler> successHandlers) throws Exception {
        AuthenticationFailureHandler signInFailures =
                failureHandlers.getIfAvailable(() -> new SimpleUrlAuthenticationFailureHandler("/login?error"));
        // Each tool account lands on the home of its role (identity's RoleHomes).
        AuthenticationSuccessHandler signedIn = successHandlers.getIfAvailable(() -> {
            SavedRequestAwareAuthenticationSuccessHandler admin = new SavedRequestAwareAuthenticationSuccessHandler();
            admin.setDefaultTargetUrl("/admin");
            return admin;
        });
        if (signedIn instanceof SavedRequestAwareAuthenticationSuccessHandler savedRequestAware) {
            savedRequestAware.setRequestCache(SignInOrRelaunch.requestCache());
        }
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .requestMatchers("/admin/psychometrics/**").hasRole("PSYCHOMETRICIAN")
                        .requestMatchers("/admin/member/usage", "/admin/member/usage.xlsx").hasRole("MEMBER_ADMIN")
                        // privacy requests: the member administrator's own member only (PrivacyAdminController)
                        .requestMatchers("/admin/privacy", "/admin/privacy/**").hasAnyRole("CONSORTIUM_ADMIN", "MEMBER_ADMIN")
                        .requestMatchers("/admin/**").hasRole("CONSORTIUM_ADMIN")
                        .requestMatchers("/certif/certificates", "/certif/certificates/**")
                        .hasAnyRole("CERTIFICATION_OFFICER", "CONSORTIUM_ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").successHandler(signedIn)
                        .failureHandler(signInFailures).permitAll())
                .logout(Customizer.withDefaults())
                // Only admin pages lead to the sign-in form; other pages ask to relaunch from the platform;
                // a signed-in person refused a page gets the page saying what is refused (AccessDeniedPage).
                .exceptionHandling(e -> e.authenticationEntryPoint(new SignInOrRelaunch())
                        .accessDeniedHandler(new SignInOrRelaunch()))
                .requestCache(cache -> cache.requestCache(SignInOrRelaunch.requestCache()))
                // LTI messages are cross-site form posts authenticated by their signed JWT and
                // one-time state, not by a CSRF token (LTI Core §5.1.1.1). OAI-PMH harvesters may POST
                // their read-only requests (OAI-PMH 2.0 §3.1.1.2), which change nothing and use no session.
                .csrf(csrf -> csrf.csrfTokenRepository(CsrfTokens.repository())
                        .ignoringRequestMatchers("/lti/**", "/demo/platform/**", "/oai"))
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

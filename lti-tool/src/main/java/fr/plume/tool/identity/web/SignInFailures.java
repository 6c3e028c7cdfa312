package fr.plume.tool.identity.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Where a refused sign-in goes: back to the sign-in page, which says "locked until …" after too
 * many failures and "wrong username or password" otherwise (the refusal is kept in the session
 * for that page).
 */
@Component
class SignInFailures implements AuthenticationFailureHandler {

    private final SimpleUrlAuthenticationFailureHandler locked = new SimpleUrlAuthenticationFailureHandler("/login?locked");
    private final SimpleUrlAuthenticationFailureHandler refused = new SimpleUrlAuthenticationFailureHandler("/login?error");

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        (exception instanceof LockedException ? locked : refused).onAuthenticationFailure(request, response, exception);
    }
}

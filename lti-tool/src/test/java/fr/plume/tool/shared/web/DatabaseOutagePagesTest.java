package fr.plume.tool.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.RequestDispatcher;
import java.sql.SQLException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.servlet.ModelAndView;

/**
 * PostgreSQL restarted or failing over under load (issue 18, "Faults"): requests that lose their
 * connection get the "try again in a few seconds" page (503, Retry-After, reason code), not the
 * unexpected-error page, whether the failure came from a controller or from the session filter.
 */
class DatabaseOutagePagesTest {

    private final ProblemResponses responses = new ProblemResponses(MessageBundles.messages(), new SimpleMeterRegistry());
    private final ProblemHandling handling = new ProblemHandling(responses);
    private final ErrorPages errorPages = new ErrorPages(responses);
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void aConnectionClosedByARestartGetsTheRetryPage() throws Exception {
        Exception rollbackFailed = new TransactionSystemException("JDBC rollback failed",
                new SQLException("This connection has been closed.", "08003"));

        assertRetryPage((ModelAndView) handling.unexpected(rollbackFailed, page("/app/attempts"), response));
    }

    /** What the storm's pg-restart run met: the pool's proxy of an evicted connection, no SQLSTATE. */
    @Test
    void aRollbackOnAConnectionThePoolAlreadyClosedGetsTheRetryPage() throws Exception {
        Exception rollbackFailed = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));

        ModelAndView page = (ModelAndView) handling.unexpected(rollbackFailed, page("/app/attempts"), response);

        assertRetryPage(page);
    }

    @Test
    void aServerShuttingDownMidQueryGetsTheRetryPage() throws Exception {
        Exception terminated = new DataAccessResourceFailureException("PreparedStatementCallback",
                new SQLException("terminating connection due to administrator command", "57P01"));

        assertRetryPage((ModelAndView) handling.unexpected(terminated, page("/app"), response));
    }

    @Test
    void noConnectionForATransactionGetsTheRetryPage() throws Exception {
        Exception refused = new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
                new SQLException("Connection to 127.0.0.1:5432 refused.", "08001"));

        assertRetryPage((ModelAndView) handling.unexpected(refused, page("/app/attempts/1/answer"), response));
    }

    @Test
    void theSessionStoreFailingInAFilterGetsTheRetryPage() {
        MockHttpServletRequest request = page("/error");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/app");
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new DataAccessResourceFailureException(
                "PreparedStatementCallback", new SQLException("FATAL: the database system is shutting down", "57P03")));

        assertRetryPage((ModelAndView) errorPages.error(request, response));
    }

    /** What the full-scale pg-restart run met: the error dispatch itself asked the session store again. */
    @Test
    void theErrorPageDoesNotAskTheSessionStoreForFlashAttributes() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error") {
            @Override
            public jakarta.servlet.http.HttpSession getSession(boolean create) {
                throw new DataAccessResourceFailureException("session store unreachable");
            }
        };
        request.setDispatcherType(jakarta.servlet.DispatcherType.ERROR);

        org.springframework.web.servlet.FlashMap input = new ErrorPageFlashMaps().flashMapManager()
                .retrieveAndUpdate(request, response);

        assertThat((Object) input).isNull();
    }

    @Test
    void anApiCallGetsAProblemWithTheSameCodeAndRetryAfter() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/admin/frameworks");
        request.setRequestURI("/api/v1/admin/frameworks");

        ResponseEntity<?> problem = (ResponseEntity<?>) handling.unexpected(
                new DataAccessResourceFailureException("commit", new SQLException("closed", "08006")), request, response);

        assertThat(problem.getStatusCode().value()).isEqualTo(503);
        assertThat(((ProblemDetail) problem.getBody()).getProperties()).containsEntry("code", "PLUME-UNAVAILABLE");
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    }

    @Test
    void anyOtherFailureStillGetsTheUnexpectedErrorPage() throws Exception {
        ModelAndView page = (ModelAndView) handling.unexpected(new IllegalStateException("a bug"), page("/app"), response);

        assertThat(page.getStatus().value()).isEqualTo(500);
        assertThat(page.getModel()).containsEntry("code", "PLUME-INTERNAL");
        assertThat(response.getHeader("Retry-After")).isNull();
    }

    private void assertRetryPage(ModelAndView page) {
        assertThat(page.getStatus().value()).isEqualTo(503);
        assertThat(page.getModel()).containsEntry("code", "PLUME-UNAVAILABLE")
                .containsEntry("problemTitle", "Service momentanément indisponible");
        assertThat((String) page.getModel().get("advice")).contains("Réessayez dans quelques secondes");
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    }

    private static MockHttpServletRequest page(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.addHeader("Accept", "text/html");
        request.addPreferredLocale(Locale.FRENCH);
        return request;
    }
}

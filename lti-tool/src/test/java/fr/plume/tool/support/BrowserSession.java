package fr.plume.tool.support;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like client for tests over plain http: keeps cookies itself (the JDK cookie store
 * would hold back {@code Secure} cookies on http://localhost, which real browsers send) and
 * reads CSRF tokens from the forms it is given.
 */
public final class BrowserSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final Http http;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String clientAddress;

    public BrowserSession(int port) {
        this.http = new Http(port);
    }

    /**
     * Presents every later request as coming from {@code address}, as a reverse proxy says it in
     * {@code X-Forwarded-For} (the tool trusts that header from the loopback address, a trusted
     * proxy by default: {@code PLUME_TRUSTED_PROXIES}).
     */
    public BrowserSession from(String address) {
        this.clientAddress = address;
        return this;
    }

    public HttpResponse<String> get(String path) {
        return exchange(HttpRequest.newBuilder(http.uri(path)).GET());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        return postForm(path, List.copyOf(fields.entrySet()));
    }

    /** A form whose fields may repeat (several ticked checkboxes of one name). */
    public HttpResponse<String> postForm(String path, List<Map.Entry<String, String>> fields) {
        String body = fields.stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return exchange(HttpRequest.newBuilder(http.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> postMultipart(String path, Multipart multipart) {
        return exchange(HttpRequest.newBuilder(http.uri(path))
                .header("Content-Type", multipart.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart.body())));
    }

    /** A download (PDF, XLSX): the body as bytes, with this session's cookies and address. */
    public HttpResponse<byte[]> getBytes(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(path)).GET();
        if (clientAddress != null) {
            request.header("X-Forwarded-For", clientAddress);
        }
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        try {
            return java.net.http.HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Signs in through the login form as a real browser would. */
    public void signIn(String username, String password) {
        HttpResponse<String> response = submitSignIn(username, password);
        if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("/login")) {
            throw new IllegalStateException("sign-in refused for " + username);
        }
    }

    /** Fills in and sends the login form; the answer is the tool's redirect, wherever it goes. */
    public HttpResponse<String> submitSignIn(String username, String password) {
        String token = csrfToken(get("/login").body());
        return postForm("/login", Map.of("username", username, "password", password, "_csrf", token));
    }

    /** Follows a redirect answer to its page (same tool). */
    public HttpResponse<String> follow(HttpResponse<String> redirect) {
        return get(redirect.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));
    }

    public static String csrfToken(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token in the page");
        }
        return m.group(1);
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request) {
        if (clientAddress != null) {
            request.header("X-Forwarded-For", clientAddress);
        }
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = http.send(request.build());
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq).trim();
            String value = pair.substring(eq + 1).trim();
            if (value.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return response;
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public URI uri(String path) {
        return http.uri(path);
    }
}

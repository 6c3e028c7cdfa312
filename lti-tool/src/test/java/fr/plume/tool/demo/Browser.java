package fr.plume.tool.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal browser over real HTTP: keeps cookies in a {@link CookieManager}, follows redirects
 * and submits the forms pages contain, so a test walks an LTI launch exactly as Chromium would
 * (minus JavaScript, whose only job on these pages is to press the visible button).
 */
final class Browser {

    private final HttpClient client;

    Browser() {
        client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new LocalhostIsSecureCookies())
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    record Page(int status, URI uri, String body, Map<String, List<String>> headers) {

        List<Form> forms() {
            return Form.parse(uri, body);
        }

        Form form(String containing) {
            return forms().stream().filter(f -> f.contains(containing)).findFirst()
                    .orElseThrow(() -> new AssertionError("no form with " + containing + " on " + uri + ":\n" + body));
        }

        String iframeSrc() {
            Matcher m = Pattern.compile("<iframe[^>]*\\ssrc=\"([^\"]*)\"").matcher(body);
            if (!m.find()) {
                throw new AssertionError("no iframe on " + uri);
            }
            return uri.resolve(Form.unescape(m.group(1))).toString();
        }
    }

    record Form(URI action, String method, Map<String, String> fields, String html) {

        private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
        private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");

        boolean contains(String text) {
            return html.contains(text);
        }

        /** The value of the first checkbox, radio or option offered under {@code name}. */
        String firstValueOf(String name) {
            Matcher m = INPUT.matcher(html);
            while (m.find()) {
                if (name.equals(attribute(m.group(1), "name")) && attribute(m.group(1), "value") != null) {
                    return attribute(m.group(1), "value");
                }
            }
            throw new AssertionError("nothing to choose under " + name + " in " + html);
        }

        Form with(String name, String value) {
            Map<String, String> copy = new LinkedHashMap<>(fields);
            copy.put(name, value);
            return new Form(action, method, copy, html);
        }

        static List<Form> parse(URI base, String body) {
            List<Form> forms = new ArrayList<>();
            Matcher f = FORM.matcher(body);
            while (f.find()) {
                String attributes = f.group(1);
                Map<String, String> fields = new LinkedHashMap<>();
                Matcher i = INPUT.matcher(f.group(2));
                while (i.find()) {
                    String name = attribute(i.group(1), "name");
                    String type = attribute(i.group(1), "type");
                    if (name == null || "submit".equals(type)) {
                        continue;
                    }
                    boolean checkable = "checkbox".equals(type) || "radio".equals(type);
                    if (checkable && !i.group(1).contains("checked")) {
                        continue;
                    }
                    String value = attribute(i.group(1), "value");
                    fields.putIfAbsent(name, value == null ? "" : value);
                }
                String action = attribute(attributes, "action");
                String method = attribute(attributes, "method");
                forms.add(new Form(action == null ? base : base.resolve(action),
                        method == null ? "get" : method.toLowerCase(), fields, f.group(0)));
            }
            return forms;
        }

        static String attribute(String attributes, String name) {
            Matcher m = Pattern.compile("(?:^|\\s)" + name + "=\"([^\"]*)\"").matcher(attributes);
            return m.find() ? unescape(m.group(1)) : null;
        }

        static String unescape(String value) {
            return value.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&amp;", "&");
        }
    }

    Page get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    Page submit(Form form) {
        String encoded = form.fields().entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        if ("post".equals(form.method())) {
            return send(HttpRequest.newBuilder(form.action())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encoded)).build());
        }
        String action = form.action().toString();
        return get(action + (action.contains("?") ? "&" : "?") + encoded);
    }

    /** Follows redirects like a browser (303 and 302 after POST become GET). */
    Page follow(Page page) {
        Page current = page;
        for (int hops = 0; hops < 10 && current.status() >= 300 && current.status() < 400; hops++) {
            String location = current.headers().getOrDefault("location", List.of()).stream().findFirst()
                    .orElseThrow(() -> new AssertionError("redirect without Location"));
            current = get(current.uri().resolve(location).toString());
        }
        return current;
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response.statusCode(), response.uri(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * Browsers treat http://localhost as a secure context and send it Secure cookies (the tool's
     * SameSite=None state and session cookies); java.net.CookieManager does not, so it is shown
     * the https form of the address.
     */
    static final class LocalhostIsSecureCookies extends CookieManager {
        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
            return super.get(secure(uri), headers);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            super.put(secure(uri), headers);
        }

        private static URI secure(URI uri) {
            if (!"http".equals(uri.getScheme()) || !"localhost".equals(uri.getHost())) {
                return uri;
            }
            return URI.create("https" + uri.toString().substring(4));
        }
    }
}

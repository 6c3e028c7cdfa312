package fr.plume.tool.demo.loadgen;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Minimal blocking HTTP/1.1 client for the load generator: one persistent keep-alive connection
 * (plain socket, TCP_NODELAY, buffered streams), http:// only, no redirects, no cookies of its own.
 * It exists because the JDK {@code HttpClient} (selector thread, CompletableFutures per exchange)
 * cost the generator more CPU per launch than much of the tool's own work, and the generator shares
 * the machine's cores with the tool it measures. Not thread-safe: one instance per virtual user.
 * A reused connection the server has meanwhile closed is reopened and the request sent again, once,
 * and only if no byte of its response was read. Timeouts: connect 5 s, read 30 s.
 */
public final class LoopbackHttp implements Closeable {

    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int READ_TIMEOUT_MS = 30_000;

    /** A response; header names are case-insensitive, a header sent several times keeps all its values. */
    public record Response(int status, Map<String, List<String>> headers, byte[] body) {

        /** The first value of a header, or null. */
        public String header(String name) {
            List<String> values = headers.get(name);
            return values == null ? null : values.get(0);
        }

        List<String> headers(String name) {
            return headers.getOrDefault(name, List.of());
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final byte[] scratch = new byte[8192];
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private String authority;
    private boolean responseStarted;

    public Response get(String url, Map<String, String> headers, boolean keepBody) throws IOException {
        return send("GET", url, headers, null, keepBody);
    }

    /** POST of {@code body} as {@code contentType} (e.g. application/x-www-form-urlencoded). */
    public Response post(String url, Map<String, String> headers, String contentType, byte[] body, boolean keepBody)
            throws IOException {
        Map<String, String> all = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        all.putAll(headers);
        all.put("Content-Type", contentType);
        return send("POST", url, all, body, keepBody);
    }

    private Response send(String method, String url, Map<String, String> headers, byte[] body, boolean keepBody)
            throws IOException {
        URI uri = URI.create(url);
        if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("only http:// URLs: " + url);
        }
        int port = uri.getPort() < 0 ? 80 : uri.getPort();
        String target = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        StringBuilder head = new StringBuilder(256).append(method).append(' ').append(target)
                .append(" HTTP/1.1\r\nHost: ").append(uri.getRawAuthority()).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        byte[] request = head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
        for (int attempt = 0; ; attempt++) {
            boolean reused = connect(uri.getHost(), port, uri.getRawAuthority());
            responseStarted = false;
            try {
                out.write(request);
                if (body != null) {
                    out.write(body);
                }
                out.flush();
                return read(keepBody);
            } catch (IOException e) {
                close();
                // a timeout means a slow server, not a stale connection: never resend then
                if (!reused || attempt > 0 || responseStarted || e instanceof SocketTimeoutException) {
                    throw e;
                }
            }
        }
    }

    /** Opens a connection unless one to this authority is open; true when an open one is reused. */
    private boolean connect(String host, int port, String wanted) throws IOException {
        if (socket != null && wanted.equals(authority)) {
            return true;
        }
        close();
        Socket s = new Socket();
        try {
            s.setTcpNoDelay(true);
            s.setSoTimeout(READ_TIMEOUT_MS);
            s.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MS);
            in = new BufferedInputStream(s.getInputStream(), 16_384);
            out = new BufferedOutputStream(s.getOutputStream(), 16_384);
        } catch (IOException e) {
            s.close();
            throw e;
        }
        socket = s;
        authority = wanted;
        return false;
    }

    private Response read(boolean keepBody) throws IOException {
        int first = in.read();
        if (first < 0) {
            throw new EOFException("connection closed before the response");
        }
        responseStarted = true;
        String statusLine = (char) first + line();
        if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12) {
            throw new IOException("bad status line: " + statusLine);
        }
        int status = (int) number(statusLine.substring(9, 12), 10);
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(header.substring(0, colon).trim(), k -> new ArrayList<>(1))
                        .add(header.substring(colon + 1).trim());
            }
        }
        String connection = values(headers, "Connection");
        boolean close = connection.contains("close")
                || statusLine.startsWith("HTTP/1.0") && !connection.contains("keep-alive");
        ByteArrayOutputStream body = keepBody ? new ByteArrayOutputStream() : null;
        boolean bodyless = status / 100 == 1 || status == 204 || status == 304;
        boolean endedWithConnection = !bodyless && readBody(headers, body);
        if (close || endedWithConnection) {
            close();
        }
        return new Response(status, headers, body == null ? new byte[0] : body.toByteArray());
    }

    /** Reads (keeps or discards) the body; true when it ended with the connection. */
    private boolean readBody(Map<String, List<String>> headers, ByteArrayOutputStream body) throws IOException {
        if (values(headers, "Transfer-Encoding").contains("chunked")) {
            for (long size = chunkSize(); size > 0; size = chunkSize()) {
                copy(size, body);
                line();
            }
            while (!line().isEmpty()) {
                // trailers, ignored
            }
            return false;
        }
        List<String> length = headers.get("Content-Length");
        if (length != null) {
            copy(number(length.get(0), 10), body);
            return false;
        }
        copy(Long.MAX_VALUE, body); // no length: the body ends with the connection
        return true;
    }

    private long chunkSize() throws IOException {
        String size = line();
        int semicolon = size.indexOf(';');
        return number((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
    }

    private static long number(String text, int radix) throws IOException {
        try {
            return Long.parseLong(text.trim(), radix);
        } catch (NumberFormatException e) {
            throw new IOException("bad number in response head: " + text, e);
        }
    }

    /** All values of a header, lower-cased and comma-joined ("" when absent). */
    private static String values(Map<String, List<String>> headers, String name) {
        return String.join(",", headers.getOrDefault(name, List.of())).toLowerCase(Locale.ROOT);
    }

    /** Reads {@code size} bytes (up to end of stream when Long.MAX_VALUE) into {@code sink}, or discards them. */
    private void copy(long size, ByteArrayOutputStream sink) throws IOException {
        for (long left = size; left > 0; ) {
            int n = in.read(scratch, 0, (int) Math.min(scratch.length, left));
            if (n < 0) {
                if (size == Long.MAX_VALUE) {
                    return;
                }
                throw new EOFException("response body truncated");
            }
            if (sink != null) {
                sink.write(scratch, 0, n);
            }
            left -= n;
        }
    }

    /** One header line without its CRLF (ISO-8859-1, as HTTP header bytes are). */
    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("connection closed in the response head");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        try {
            if (socket != null) {
                socket.close();
            }
        } catch (IOException ignored) {
            // closed anyway
        }
        socket = null;
        authority = null;
    }
}

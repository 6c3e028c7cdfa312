package fr.plume.tool.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.support.Http;
import fr.plume.tool.support.Multipart;
import fr.plume.tool.support.PlumeIntegrationTest;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bodies over the server's limits (form posts over 2 MB, uploads over 21 MB) are refused with a
 * 413 and a reason code, logged as one warning: never a 500 with a stack trace.
 */
@PlumeIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class OversizeRequestsTest {

    private static final int FORM_LIMIT = 2 * 1024 * 1024;
    private static final int UPLOAD_LIMIT = 21 * 1024 * 1024;

    @LocalServerPort
    int port;

    @Test
    void anOversizeLaunchPostIsRefusedWithA413Page(CapturedOutput output) {
        HttpResponse<String> response = postForm("/lti/launch", "text/html");

        assertRefusedAsTooLarge(response, output, "/lti/launch");
        assertThat(response.body()).contains("<html lang=\"fr\"").contains("<main");
    }

    @Test
    void anOversizeLoginPostIsRefusedWithA413Page(CapturedOutput output) {
        HttpResponse<String> response = postForm("/lti/login", "text/html");

        assertRefusedAsTooLarge(response, output, "/lti/login");
        assertThat(response.body()).contains("<main");
    }

    @Test
    void anOversizeAnonymousUploadIsRefusedBeforeTheCsrfCheckReadsIt(CapturedOutput output) {
        byte[] file = new byte[UPLOAD_LIMIT + 1024 * 1024];
        Arrays.fill(file, (byte) 'a');
        Multipart upload = new Multipart().field("_csrf", "whatever").file("file", "huge.csv", file);

        HttpResponse<String> response = new Http(port).send(HttpRequest.newBuilder(new Http(port).uri("/admin/frameworks"))
                .header("Content-Type", upload.contentType()).header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(upload.body())).build());

        assertRefusedAsTooLarge(response, output, "/admin/frameworks");
        assertThat(response.body()).contains("<main");
    }

    @Test
    void aFileOverTheUploadLimitInAnAcceptedRequestSizeIsRefusedToo(CapturedOutput output) {
        byte[] file = new byte[20 * 1024 * 1024 + 512 * 1024];
        Arrays.fill(file, (byte) 'a');
        Multipart upload = new Multipart().field("_csrf", "whatever").file("file", "big.csv", file);

        HttpResponse<String> response = new Http(port).send(HttpRequest.newBuilder(new Http(port).uri("/admin/frameworks"))
                .header("Content-Type", upload.contentType()).header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(upload.body())).build());

        assertRefusedAsTooLarge(response, output, "/admin/frameworks");
    }

    @Test
    void anOversizeChunkedLaunchPostIsRefusedWhenTheServerStopsReadingIt(CapturedOutput output) {
        byte[] body = ("state=abc&id_token=" + "a".repeat(FORM_LIMIT + 200 * 1024)).getBytes(StandardCharsets.US_ASCII);
        Http http = new Http(port);

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(http.uri("/lti/launch"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build());

        assertRefusedAsTooLarge(response, output, "/lti/launch");
    }

    @Test
    void anOversizeRequestAskingForJsonGetsAProblem(CapturedOutput output) {
        HttpResponse<String> response = postForm("/lti/launch", "application/json");

        assertRefusedAsTooLarge(response, output, "/lti/launch");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"code\":\"REQUEST-TOO-LARGE\"").contains("\"status\":413");
    }

    private HttpResponse<String> postForm(String path, String accept) {
        String body = "state=abc&id_token=" + "a".repeat(FORM_LIMIT + 200 * 1024);
        Http http = new Http(port);
        return http.send(HttpRequest.newBuilder(http.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    private static void assertRefusedAsTooLarge(HttpResponse<String> response, CapturedOutput output, String path) {
        assertThat(response.statusCode()).as("status of an oversize POST to " + path).isEqualTo(413);
        assertThat(response.body()).contains("REQUEST-TOO-LARGE").doesNotContain("Exception");
        String log = output.getAll();
        assertThat(log).contains("WARN").contains("code=REQUEST-TOO-LARGE");
        assertThat(log.lines().filter(line -> line.contains("code=REQUEST-TOO-LARGE"))).hasSize(1);
        assertThat(log).doesNotContain("ERROR").doesNotContain("\tat ").doesNotContain("Exception");
    }
}

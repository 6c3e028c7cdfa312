package fr.plume.tool.sync.infra;

import fr.plume.tool.sync.domain.QuestionFileDownloads;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.stereotype.Component;

/** Question files read over HTTP(S), following redirects, with a bounded wait. */
@Component
class HttpQuestionFileDownloads implements QuestionFileDownloads {

    private static final Duration FILE_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    @Override
    public InputStream open(URI address) throws Unavailable {
        try {
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(address).timeout(FILE_TIMEOUT).GET()
                    .build(), HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                response.body().close();
                throw new Unavailable("Fichier de questions : HTTP " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new Unavailable("Fichier de questions injoignable / question file unreachable: "
                    + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("Interrompu / interrupted");
        }
    }
}

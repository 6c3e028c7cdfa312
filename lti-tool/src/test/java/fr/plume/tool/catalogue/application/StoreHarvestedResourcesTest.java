package fr.plume.tool.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.sync.catalogue.HarvestedResource;
import fr.plume.sync.format.CompetencyLink;
import fr.plume.sync.format.CompetencyLink.How;
import fr.plume.tool.catalogue.api.OpenResource;
import fr.plume.tool.catalogue.api.OpenResourceStore;
import fr.plume.tool.catalogue.api.OpenResources;
import fr.plume.tool.support.Http;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The catalogue module with the framework module it reads titles from, on the test PostgreSQL and
 * a port: what the harvests store
 * through its api is what the recommendations and the public page show.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES,
        webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StoreHarvestedResourcesTest {

    @LocalServerPort
    int port;

    @Autowired
    OpenResourceStore store;
    @Autowired
    OpenResources resources;
    @Autowired
    JdbcClient jdbc;

    // One instance serves every test of a module test (PER_CLASS): each test harvests its own origin.
    private String origin;
    private String code;

    @BeforeEach
    void freshOriginAndCompetency() {
        origin = "test-" + UUID.randomUUID().toString().substring(0, 8);
        code = "9." + (System.nanoTime() % 100000);
    }

    private HarvestedResource resource(String id, String title, String url, How how) {
        return new HarvestedResource(origin + ":" + id, origin, title, "Description de " + title, url, "fr",
                "CC-BY-4.0", List.of("mot"), List.of("Autrice"), "text",
                List.of(new CompetencyLink(code, null, how)), "").hashed();
    }

    @Test
    void upsertIsIdempotentWithdrawKeepsTheRowAndAnUpsertRevivesIt() {
        HarvestedResource r = resource("a", "Ressource A", "https://oer.example.org/a", How.TAG);
        store.upsert(r);
        store.upsert(r);

        assertThat(jdbc.sql("SELECT count(*) FROM catalogue_resource WHERE origin = :o").param("o", origin)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(store.findBySourceId(r.sourceId()).orElseThrow().resource()).isEqualTo(r);
        assertThat(store.findBySourceId(r.sourceId()).orElseThrow().contentHash()).isEqualTo(r.contentHash());

        store.withdraw(r.sourceId(), "supprimée");
        assertThat(store.findBySourceId(r.sourceId()).orElseThrow().withdrawn()).isTrue();
        assertThat(store.activeSourceIds(origin)).isEmpty();
        assertThat(resources.recommendedFor(code, 5)).isEmpty();

        store.upsert(r);
        assertThat(store.activeSourceIds(origin)).containsExactly(r.sourceId());
    }

    @Test
    void recommendsStrongestLinksFirstAndNeverLinksAScriptUrl() {
        store.upsert(resource("kw", "Par mot-clé", "https://oer.example.org/kw", How.KEYWORD_RULE));
        store.upsert(resource("ex", "Alignement explicite", "https://oer.example.org/ex", How.EXPLICIT_ALIGNMENT));
        store.upsert(resource("js", "Lien piégé", "javascript:alert(1)", How.TAG));

        List<OpenResource> recommended = resources.recommendedFor(code, 10);

        assertThat(recommended).extracting(OpenResource::title)
                .containsExactly("Alignement explicite", "Lien piégé", "Par mot-clé");
        assertThat(resources.recommendedFor(code, 1)).hasSize(1);
        HttpResponse<String> page = new Http(port).get("/catalogue?competency=" + code);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<main").contains("<h1").contains("Lien piégé")
                .contains("href=\"https://oer.example.org/ex\"").doesNotContain("javascript:alert");
    }
}

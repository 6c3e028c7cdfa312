package fr.plume.tool.assessment.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.assessment.domain.CompetencyResult;
import fr.plume.tool.catalogue.api.OpenResource;
import fr.plume.tool.catalogue.api.OpenResources;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SuggestOpenResourcesTest {

    private static OpenResource resource(String title, String url) {
        return new OpenResource(UUID.randomUUID(), title, "", url, "fr", "CC BY", "course", "test", List.of("1.1"));
    }

    private static CompetencyResult weak(String code) {
        return new CompetencyResult(code, -1, 0.4, 2, 0.6, 3);
    }

    private static SuggestOpenResources over(Map<String, List<OpenResource>> catalogue) {
        return new SuggestOpenResources(new OpenResources() {
            @Override
            public List<OpenResource> recommendedFor(String code, int limit) {
                return catalogue.getOrDefault(code, List.of()).stream().limit(limit).toList();
            }

            @Override
            public List<OpenResource> published() {
                return catalogue.values().stream().flatMap(List::stream).toList();
            }
        });
    }

    @Test
    void atMostThreeWebResourcesPerWeakCompetencyInTheCatalogueOrder() {
        var suggestions = over(Map.of("1.1", List.of(resource("a", "https://a.example"),
                resource("bad", "javascript:alert(1)"), resource("b", "http://b.example"),
                resource("data", "data:text/html,x"), resource("c", "https://c.example"), resource("d", "https://d.example"))))
                .forWeak(List.of(weak("1.1")));
        assertThat(suggestions.get("1.1")).extracting(OpenResource::title).containsExactly("a", "b", "c");
    }

    @Test
    void aCompetencyWithoutResourcesIsLeftOutSoNothingIsShown() {
        var suggestions = over(Map.of("2.1", List.of(resource("only unsafe", "ftp://x.example"))))
                .forWeak(List.of(weak("1.1"), weak("2.1")));
        assertThat(suggestions).isEmpty();
        assertThat(over(Map.of()).forWeak(List.of())).isEmpty();
    }
}

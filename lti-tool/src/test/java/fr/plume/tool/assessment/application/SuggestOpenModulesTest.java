package fr.plume.tool.assessment.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.framework.content.Item;
import fr.plume.framework.content.ItemStatus;
import fr.plume.framework.content.OpenModule;
import fr.plume.framework.model.LocalizedText;
import fr.plume.tool.assessment.domain.CompetencyResult;
import fr.plume.tool.itembank.api.PublishedModules;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SuggestOpenModulesTest {

    private static OpenModule module(String title, String competency) {
        return new OpenModule(UUID.randomUUID(), 1, new LocalizedText(title, ""), LocalizedText.EMPTY,
                List.of(new OpenModule.Objective(competency, new LocalizedText("objectif", ""))), 20,
                OpenModule.DEFAULT_LICENCE, List.of("Awa"), List.of(), List.of(), ItemStatus.PUBLISHED);
    }

    private static SuggestOpenModules over(List<PublishedModules.Published> published) {
        return new SuggestOpenModules(new PublishedModules() {
            @Override
            public List<Published> changedBetween(Instant from, Instant until, Cursor after, int limit) {
                return published;
            }

            @Override
            public Optional<Published> find(UUID moduleId) {
                return Optional.empty();
            }

            @Override
            public Optional<Instant> earliestChange() {
                return Optional.empty();
            }

            @Override
            public List<Item> itemsOf(OpenModule module) {
                return List.of();
            }
        });
    }

    private static CompetencyResult weak(String code) {
        return new CompetencyResult(code, -1, 0.4, 2, 0.6, 3);
    }

    @Test
    void suggestsThePublishedModulesWhoseObjectivesNameAWeakCompetency() {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");
        var suggestions = over(List.of(
                new PublishedModules.Published(module("Accords", "1.1"), now, false),
                new PublishedModules.Published(module("Ponctuation", "2.1"), now, false),
                new PublishedModules.Published(module("Retiré", "1.1"), now, true)))
                .forWeak(List.of(weak("1.1"), weak("3.1")));

        assertThat(suggestions).containsOnlyKeys("1.1");
        assertThat(suggestions.get("1.1")).extracting(m -> m.title().fr()).containsExactly("Accords");
    }
}

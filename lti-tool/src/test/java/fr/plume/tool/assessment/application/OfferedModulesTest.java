package fr.plume.tool.assessment.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.framework.content.Item;
import fr.plume.framework.content.ItemStatus;
import fr.plume.framework.content.ModuleEntry;
import fr.plume.framework.content.OpenModule;
import fr.plume.framework.model.LocalizedText;
import fr.plume.tool.itembank.api.PublishedModules;
import fr.plume.tool.lti.api.PlaceableActivity;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OfferedModulesTest {

    private static OpenModule module(String title) {
        return new OpenModule(UUID.randomUUID(), 1, new LocalizedText(title, ""), LocalizedText.EMPTY,
                List.of(new OpenModule.Objective("2.3", new LocalizedText("accorder", ""))), 20,
                OpenModule.DEFAULT_LICENCE, List.of("Awa"), List.of(),
                List.of(new ModuleEntry.ItemEntry(LocalizedText.EMPTY, UUID.randomUUID(), 1)), ItemStatus.PUBLISHED);
    }

    private static PublishedModules commons(List<PublishedModules.Published> published) {
        return new PublishedModules() {
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
        };
    }

    @Test
    void everyMemberIsOfferedEveryPublishedModuleAsAPracticeOfItsCompetency() {
        OpenModule module = module("Accords");
        OfferedModules offered = new OfferedModules(commons(List.of(
                new PublishedModules.Published(module, Instant.parse("2026-12-01T10:00:00Z"), false))));

        List<PlaceableActivity> activities = offered.placeableFor(UUID.randomUUID());

        assertThat(activities).singleElement().satisfies(activity -> {
            assertThat(activity.id()).isEqualTo("module-" + module.id());
            assertThat(activity.kind()).isEqualTo(PlaceableActivity.Kind.FORMATIVE);
            assertThat(activity.titleFr()).isEqualTo("Accords");
            assertThat(activity.titleEn()).as("falls back to French").isEqualTo("Accords");
            assertThat(activity.custom()).containsEntry("plume_competency", "2.3")
                    .containsEntry(OfferedModules.MODULE, module.id().toString());
        });
    }

    @Test
    void aRetiredModuleIsNotOffered() {
        OfferedModules offered = new OfferedModules(commons(List.of(
                new PublishedModules.Published(module("Retiré"), Instant.parse("2026-12-01T10:00:00Z"), true))));

        assertThat(offered.placeableFor(UUID.randomUUID())).isEmpty();
    }
}

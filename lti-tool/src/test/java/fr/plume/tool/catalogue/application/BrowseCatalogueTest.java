package fr.plume.tool.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.catalogue.api.OpenResource;
import fr.plume.tool.catalogue.api.OpenResources;
import fr.plume.tool.framework.api.Frameworks;
import fr.plume.tool.support.FixedFrameworks;
import fr.plume.tool.support.TestFrameworks;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BrowseCatalogueTest {

    private static final OpenResource TENTH = resource("Dixième", List.of("1.10"));
    private static final OpenResource NINTH = resource("Neuvième", List.of("1.9"));
    private static final OpenResource AGREEMENTS = resource("Accords", List.of("1.2", "1.9"));
    private static final OpenResource LOOSE = resource("Sans compétence", List.of());

    private static OpenResource resource(String title, List<String> codes) {
        return new OpenResource(UUID.randomUUID(), title, "", "https://oer.example.org/" + title.length(), "fr",
                "CC-BY-4.0", "text", "test", codes);
    }

    private static BrowseCatalogue over(Optional<Frameworks.StoredFramework> current) {
        OpenResources resources = new OpenResources() {
            @Override
            public List<OpenResource> recommendedFor(String competencyCode, int limit) {
                throw new AssertionError("the catalogue page needs no recommendation");
            }

            @Override
            public List<OpenResource> published() {
                return List.of(AGREEMENTS, TENTH, NINTH, LOOSE);
            }
        };
        return new BrowseCatalogue(resources, FixedFrameworks.stored(current));
    }

    private static Optional<Frameworks.StoredFramework> aFramework() {
        return Optional.of(new Frameworks.StoredFramework(UUID.randomUUID(), TestFrameworks.twoDomains("1.0.0")));
    }

    @Test
    void shelvesFollowTheCompetencyCodesAsNumbersWithTheUnlinkedLast() {
        BrowseCatalogue.Catalogue catalogue = over(aFramework()).browse(null, "fr");

        assertThat(catalogue.shelves()).extracting(BrowseCatalogue.Shelf::code).containsExactly("1.2", "1.9", "1.10", "");
        assertThat(catalogue.shelves().get(1).resources()).containsExactly(AGREEMENTS, NINTH);
        assertThat(catalogue.shelves().get(3).resources()).containsExactly(LOOSE);
        assertThat(catalogue.codes()).containsExactly("1.2", "1.9", "1.10");
        assertThat(catalogue.total()).isEqualTo(4);
    }

    @Test
    void namesEachShelfAfterItsCompetencyInTheReadersLanguage() {
        Optional<Frameworks.StoredFramework> framework = aFramework();

        BrowseCatalogue.Catalogue french = over(framework).browse("", "fr");
        BrowseCatalogue.Catalogue english = over(framework).browse("", "en");

        assertThat(french.shelves()).extracting(BrowseCatalogue.Shelf::title)
                .containsExactly("Compétence 1.2", "", "", "");
        assertThat(english.shelves().get(0).title()).isEqualTo("Competency 1.2");
        assertThat(english.titles()).containsEntry("2.2", "Competency 2.2").hasSize(4);
    }

    @Test
    void showsOnlyTheShelfAskedForButKeepsEveryCodeToChooseFrom() {
        BrowseCatalogue.Catalogue catalogue = over(aFramework()).browse("1.9", "fr");

        assertThat(catalogue.shelves()).singleElement().satisfies(shelf -> {
            assertThat(shelf.code()).isEqualTo("1.9");
            assertThat(shelf.resources()).containsExactly(AGREEMENTS, NINTH);
        });
        assertThat(catalogue.codes()).containsExactly("1.2", "1.9", "1.10");
        assertThat(catalogue.total()).isEqualTo(4);
    }

    @Test
    void listsResourcesWithoutTitlesWhenNoFrameworkIsStored() {
        BrowseCatalogue.Catalogue catalogue = over(Optional.empty()).browse(null, "fr");

        assertThat(catalogue.titles()).isEmpty();
        assertThat(catalogue.shelves()).extracting(BrowseCatalogue.Shelf::title).containsOnly("");
        assertThat(catalogue.shelves()).hasSize(4);
    }
}

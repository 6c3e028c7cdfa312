package fr.plume.tool.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.framework.content.Item;
import fr.plume.framework.content.ItemStatus;
import fr.plume.framework.content.OpenModule;
import fr.plume.sync.format.DraftItem;
import fr.plume.sync.format.MoodleXmlReader;
import fr.plume.sync.format.QuestionImport;
import fr.plume.tool.catalogue.CartridgeRules;
import fr.plume.tool.catalogue.domain.CartridgeVersion;
import fr.plume.tool.itembank.api.PublishedModules;
import fr.plume.tool.shared.domain.PlumeProblemException;
import fr.plume.tool.support.InMemoryPublishedModules;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ExportModuleTest {

    private final InMemoryPublishedModules commons = new InMemoryPublishedModules();
    private final ExportModule export = new ExportModule(new CommonsModules(new StaticListableBeanFactory(
            Map.of("commons", commons)).getBeanProvider(PublishedModules.class)), () -> "https://plume.example.org");
    private final Instant now = Instant.parse("2026-12-01T10:00:00Z");

    private OpenModule publishWithTwoItems() {
        List<Item> items = List.of(InMemoryPublishedModules.shortAnswer("2.3"), InMemoryPublishedModules.shortAnswer("2.3"));
        OpenModule module = InMemoryPublishedModules.module(UUID.randomUUID(), "Accords", "2.3", items);
        commons.publish(module, items, now);
        return module;
    }

    @Test
    void theCartridgeFollowsThePackagingRulesAndReadsBack() {
        OpenModule module = publishWithTwoItems();

        ExportModule.Download download = export.cartridge(module.id().toString(), CartridgeVersion.V1_3);
        CartridgeRules.Cartridge cartridge = CartridgeRules.check(download.bytes(), CartridgeVersion.V1_3);

        assertThat(download.fileName()).isEqualTo("plume-module-" + module.id() + "-v1.imscc");
        assertThat(cartridge.resources()).extracting(r -> r.getAttribute("type"))
                .containsExactly("webcontent", "imswl_xmlv1p3", "imsbasiclti_xmlv1p3", "webcontent");
        String page = new String(cartridge.files().get(cartridge.fileOf(cartridge.resources().get(0))),
                StandardCharsets.UTF_8);
        assertThat(page).contains("<html lang=\"fr\">").contains("<title>La règle</title>")
                .contains("<strong>passé</strong>");
        Document link = cartridge.xml(cartridge.fileOf(cartridge.resourceOfType("imswl_xmlv1p3")));
        assertThat(((Element) link.getElementsByTagNameNS("*", "url").item(0)).getAttribute("href"))
                .isEqualTo("https://example.org/accords");
    }

    @Test
    void theLtiLinkLaunchesTheModulesPracticeWithTheParametersDeepLinkingPlaces() {
        OpenModule module = publishWithTwoItems();

        CartridgeRules.Cartridge cartridge = CartridgeRules.check(export.cartridge(module.id().toString(),
                CartridgeVersion.V1_3).bytes(), CartridgeVersion.V1_3);
        Document lti = cartridge.xml(cartridge.fileOf(cartridge.resourceOfType("imsbasiclti_xmlv1p3")));

        assertThat(lti.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.imsglobal.org/xsd/imslticc_v1p3");
        assertThat(lti.getElementsByTagNameNS("*", "launch_url").item(0).getTextContent())
                .isEqualTo("https://plume.example.org/lti/launch?plume_kind=FORMATIVE&plume_activity=module-"
                        + module.id() + "&plume_competency=2.3");
        Map<String, String> custom = new java.util.LinkedHashMap<>();
        var properties = lti.getElementsByTagNameNS("*", "property");
        for (int i = 0; i < properties.getLength(); i++) {
            Element property = (Element) properties.item(i);
            custom.put(property.getAttribute("name"), property.getTextContent());
        }
        assertThat(custom).containsExactly(Map.entry("plume_kind", "FORMATIVE"),
                Map.entry("plume_activity", "module-" + module.id()), Map.entry("plume_competency", "2.3"));
    }

    @Test
    void theQuestionsTravelAsMoodleXmlThatMoodleSyncReadsBack() {
        OpenModule module = publishWithTwoItems();

        CartridgeRules.Cartridge cartridge = CartridgeRules.check(export.cartridge(module.id().toString(),
                CartridgeVersion.V1_3).bytes(), CartridgeVersion.V1_3);
        QuestionImport questions = new MoodleXmlReader().read("cartridge",
                new ByteArrayInputStream(cartridge.files().get("questions/questions.moodle.xml")));

        assertThat(questions.items()).hasSize(2).extracting(DraftItem::category)
                .containsOnly("Plume — Accords (v1)");
        assertThat(questions.items().get(0).choices()).extracting(c -> c.text()).contains("aujourd\u2019hui");
        assertThat(questions.items()).extracting(DraftItem::idnumber).doesNotHaveDuplicates()
                .allMatch(id -> id.startsWith("plume-") && id.endsWith("-v1"));
    }

    @Test
    void theCartridgeForMoodleIsVersionOneOneWhichMoodlesRestoreDetects() {
        OpenModule module = publishWithTwoItems();

        byte[] zip = export.cartridge(module.id().toString(), CartridgeVersion.V1_1).bytes();
        CartridgeRules.Cartridge cartridge = CartridgeRules.check(zip, CartridgeVersion.V1_1);

        // Moodle reads the first 500 bytes of the manifest, spaces and quotes removed, for this namespace
        String head = new String(cartridge.files().get("imsmanifest.xml"), StandardCharsets.UTF_8).substring(0, 500)
                .replaceAll("\\s", "").replace("\"", "");
        assertThat(head).contains("xmlns=http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1");
        assertThat(cartridge.resources()).extracting(r -> r.getAttribute("type"))
                .contains("imswl_xmlv1p1", "imsbasiclti_xmlv1p0");
    }

    @Test
    void aModuleWithoutItemsHasNeitherPracticeNorQuestions() {
        OpenModule module = InMemoryPublishedModules.module(UUID.randomUUID(), "Lecture", "1.1", List.of());
        commons.publish(module, List.of(), now);

        CartridgeRules.Cartridge cartridge = CartridgeRules.check(export.cartridge(module.id().toString(),
                CartridgeVersion.V1_3).bytes(), CartridgeVersion.V1_3);

        assertThat(cartridge.resources()).extracting(r -> r.getAttribute("type"))
                .containsExactly("webcontent", "imswl_xmlv1p3");
    }

    @Test
    void onlyAPublishedModuleLeavesTheTool() {
        OpenModule retired = publishWithTwoItems();
        commons.retire(retired.id(), now.plusSeconds(1));
        OpenModule published = InMemoryPublishedModules.module(UUID.randomUUID(), "Brouillon", "1.1", List.of());
        OpenModule draft = new OpenModule(published.id(), 1, published.title(), published.summary(),
                published.objectives(), 10, published.licence(), published.authors(), published.institutions(),
                published.entries(), ItemStatus.DRAFT);
        commons.publish(draft, List.of(), now);

        for (String id : List.of(retired.id().toString(), draft.id().toString(), UUID.randomUUID().toString(),
                "../../etc/passwd", "")) {
            assertThatThrownBy(() -> export.cartridge(id, CartridgeVersion.V1_3)).as(id)
                    .isInstanceOfSatisfying(PlumeProblemException.class, problem -> {
                        assertThat(problem.code()).isEqualTo(ExportModule.NOT_FOUND);
                        assertThat(problem.status()).isEqualTo(404);
                    });
            assertThatThrownBy(() -> export.moodleXml(id)).as(id).isInstanceOf(PlumeProblemException.class);
        }
    }

    @Test
    void theMoodleXmlDownloadHoldsTheModulesQuestions() {
        OpenModule module = publishWithTwoItems();

        ExportModule.Download download = export.moodleXml(module.id().toString());

        assertThat(download.fileName()).isEqualTo("plume-module-" + module.id() + "-v1.moodle.xml");
        assertThat(new MoodleXmlReader().read("m", new ByteArrayInputStream(download.bytes())).items()).hasSize(2);
    }
}

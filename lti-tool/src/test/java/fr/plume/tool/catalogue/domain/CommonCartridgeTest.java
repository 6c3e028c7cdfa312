package fr.plume.tool.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.framework.content.ItemStatus;
import fr.plume.framework.content.ModuleEntry;
import fr.plume.framework.content.OpenModule;
import fr.plume.framework.model.LocalizedText;
import fr.plume.tool.catalogue.CartridgeRules;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CommonCartridgeTest {

    @Test
    void namesThatCouldLeaveTheFolderAreRefused() {
        for (String name : List.of("../evil.html", "/etc/passwd", "pages/../../x", "pages\\x.html", "C:/x", "")) {
            assertThatThrownBy(() -> CommonCartridge.safe(name)).as(name).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(CommonCartridge.safe("pages/page-1.html")).isEqualTo("pages/page-1.html");
    }

    @Test
    void hostileTitlesNeitherNameFilesNorBreakTheDocuments() {
        String hostile = "../../<script>alert(1)</script> & \u0000";
        OpenModule module = new OpenModule(UUID.randomUUID(), 2, LocalizedText.of(hostile, ""),
                LocalizedText.of(hostile, ""), List.of(), 5, OpenModule.DEFAULT_LICENCE, List.of(), List.of(),
                List.of(new ModuleEntry.PageEntry(LocalizedText.of(hostile, ""), LocalizedText.of("<p>ok</p>", "")),
                        new ModuleEntry.LinkEntry(LocalizedText.of(hostile, ""), URI.create("https://example.org/?a=1&b=2")),
                        new ModuleEntry.ItemEntry(LocalizedText.of(hostile, ""), UUID.randomUUID(), 1)),
                ItemStatus.PUBLISHED);

        byte[] zip = CommonCartridge.write(new CommonCartridge.Content(module, "https://plume.example.org/lti/launch",
                Map.of("plume_kind", "FORMATIVE"), null), CartridgeVersion.V1_3);
        CartridgeRules.Cartridge cartridge = CartridgeRules.check(zip, CartridgeVersion.V1_3);

        assertThat(cartridge.files().keySet()).allMatch(name -> name.matches("[a-z0-9/_.-]+"));
        String page = new String(cartridge.files().get("pages/page-1.html"), StandardCharsets.UTF_8);
        assertThat(page).contains("&lt;script&gt;").doesNotContain("<script>");
    }
}

package fr.plume.tool.itembank.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void keepsStructureEmphasisAndWebLinks() {
        RichText.Sanitised safe = RichText.clean("<p>Le <strong>participe</strong> <a href=\"https://fr.wikipedia.org\">passé</a></p>");

        assertThat(safe.clean()).isTrue();
        assertThat(safe.html()).contains("<strong>participe</strong>").contains("href=\"https://fr.wikipedia.org\"");
    }

    @Test
    void dropsAndReportsScriptsEventHandlersAndScriptLinks() {
        RichText.Sanitised safe = RichText.clean(
                "<p onclick=\"steal()\">Texte</p><script>alert(1)</script><a href=\"javascript:alert(1)\">lien</a>");

        assertThat(safe.html()).doesNotContain("script").doesNotContain("onclick").doesNotContain("javascript");
        assertThat(safe.removed()).contains("<script>", "p@onclick");
        assertThat(safe.clean()).isFalse();
    }
}

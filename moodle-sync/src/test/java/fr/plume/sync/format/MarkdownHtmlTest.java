package fr.plume.sync.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownHtmlTest {

    @Test
    void paragraphsEmphasisCodeAndHardBreaks() {
        assertThat(MarkdownHtml.toHtml("Un *mot* et **deux**.\n\nSecond  \nparagraphe avec `a < b`."))
                .isEqualTo("<p>Un <em>mot</em> et <strong>deux</strong>.</p>\n\n"
                        + "<p>Second<br />\nparagraphe avec <code>a &lt; b</code>.</p>");
    }

    @Test
    void underscoresInsideWordsAndGapsAreNotEmphasis() {
        assertThat(MarkdownHtml.toHtml("mot_composé et _____ puis _ici_"))
                .isEqualTo("<p>mot_composé et _____ puis <em>ici</em></p>");
    }

    @Test
    void headingsListsQuotesAndRules() {
        assertThat(MarkdownHtml.toHtml("## Règle\n\n- un\n- deux\n\n1. premier\n2. second\n\n> cité\n\n***"))
                .isEqualTo("<h2>Règle</h2>\n\n<ul>\n<li>un</li>\n<li>deux</li>\n</ul>\n\n"
                        + "<ol>\n<li>premier</li>\n<li>second</li>\n</ol>\n\n<blockquote>\n<p>cité</p>\n</blockquote>\n\n<hr />");
    }

    @Test
    void linksImagesEscapesAndRawHtml() {
        assertThat(MarkdownHtml.toHtml("[la_règle](https://ex.org/a_b_c) \\*pas\\* <b>gras</b> & ![schéma](s.png)"))
                .isEqualTo("<p><a href=\"https://ex.org/a_b_c\">la_règle</a> *pas* <b>gras</b> &amp; "
                        + "<img src=\"s.png\" alt=\"schéma\" /></p>");
        assertThat(MarkdownHtml.toHtml("<div>bloc *brut*</div>")).isEqualTo("<div>bloc *brut*</div>");
    }
}

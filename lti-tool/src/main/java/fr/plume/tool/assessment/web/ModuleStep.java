package fr.plume.tool.assessment.web;

import fr.plume.framework.content.ModuleEntry;
import fr.plume.framework.model.LocalizedText;
import java.util.Locale;

/**
 * One step of a placed open module as its start page lists it, in the student's language.
 *
 * @param kind ITEM, PAGE, LINK, FILE or HARVESTED
 * @param html a page's text, sanitised by the item bank's allow-list when it was saved
 * @param url  where a link or a harvested resource leads
 */
record ModuleStep(String kind, String title, String html, String url) {

    static ModuleStep of(ModuleEntry entry, Locale locale) {
        String title = text(entry.title(), locale);
        if (entry instanceof ModuleEntry.PageEntry page) {
            return new ModuleStep("PAGE", title, text(page.html(), locale), null);
        }
        if (entry instanceof ModuleEntry.LinkEntry link) {
            return new ModuleStep("LINK", title, null, link.url().toString());
        }
        if (entry instanceof ModuleEntry.HarvestedEntry harvested) {
            return new ModuleStep("HARVESTED", title, null, harvested.url() == null ? null : harvested.url().toString());
        }
        return new ModuleStep(entry instanceof ModuleEntry.FileEntry ? "FILE" : "ITEM", title, null, null);
    }

    private static String text(LocalizedText text, Locale locale) {
        if (text == null) {
            return "";
        }
        boolean english = "en".equals(locale.getLanguage()) && text.en() != null && !text.en().isBlank();
        return english ? text.en() : text.fr();
    }
}

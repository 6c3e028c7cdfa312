package fr.plume.tool.itembank.application;

import java.util.UUID;

/**
 * What the module editor posts. Objectives are one per line ({@code 2.3: text}); entries are one
 * per line, in the order students meet them (see docs/authors.md):
 * {@code item: <id>}, {@code page: title | html}, {@code link: url | title},
 * {@code file: sha256 | title}, {@code harvested: identifier | url | title}.
 *
 * @param id null for a new module
 */
public record ModuleForm(UUID id, String titleFr, String titleEn, String summaryFr, String summaryEn,
        String objectives, int estimatedMinutes, String licence, String authors, String institutions, String entries) {

    public static ModuleForm blank() {
        return new ModuleForm(null, "", "", "", "", "", 30, ItemForm.DEFAULT_LICENCE, "", "", "");
    }
}

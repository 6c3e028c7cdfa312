package fr.plume.tool.catalogue.domain;

import java.util.UUID;

/** The public addresses of a published module: its catalogue page and its two downloads. */
public final class ModuleDownloads {

    public static final String CARTRIDGE = "cartridge.imscc";
    public static final String MOODLE_XML = "questions.moodle.xml";

    private ModuleDownloads() {
    }

    public static ModuleMetadata.ModuleLinks links(String base, UUID moduleId) {
        String page = base + "/catalogue/modules/" + moduleId;
        return new ModuleMetadata.ModuleLinks(page, page + "/" + CARTRIDGE, page + "/" + MOODLE_XML);
    }
}

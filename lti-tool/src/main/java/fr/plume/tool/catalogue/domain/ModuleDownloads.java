package fr.plume.tool.catalogue.domain;

import java.util.UUID;

/** The public addresses of a published module: its catalogue page and its two downloads. */
public final class ModuleDownloads {

    public static final String CARTRIDGE = "cartridge.imscc";
    /** The same cartridge in version 1.1, the newest Moodle's course restore recognises. */
    public static final String CARTRIDGE_1_1 = "cartridge-1.1.imscc";
    public static final String MOODLE_XML = "questions.moodle.xml";

    private ModuleDownloads() {
    }

    public static ModuleMetadata.ModuleLinks links(String base, UUID moduleId) {
        String page = base + "/catalogue/modules/" + moduleId;
        return new ModuleMetadata.ModuleLinks(page, page + "/" + CARTRIDGE, page + "/" + MOODLE_XML);
    }
}

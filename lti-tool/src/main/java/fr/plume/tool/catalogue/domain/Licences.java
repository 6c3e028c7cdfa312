package fr.plume.tool.catalogue.domain;

import java.util.Map;

/** Licence identifiers (SPDX) as people and harvesters read them: the identifier and its deed. */
public final class Licences {

    private static final Map<String, String> DEEDS = Map.of(
            "CC-BY-SA-4.0", "https://creativecommons.org/licenses/by-sa/4.0/",
            "CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/",
            "CC-BY-NC-SA-4.0", "https://creativecommons.org/licenses/by-nc-sa/4.0/",
            "CC-BY-NC-4.0", "https://creativecommons.org/licenses/by-nc/4.0/",
            "CC0-1.0", "https://creativecommons.org/publicdomain/zero/1.0/",
            "EUPL-1.2", "https://eupl.eu/1.2/fr/");

    private Licences() {
    }

    /** "CC-BY-SA-4.0 https://creativecommons.org/licenses/by-sa/4.0/", or the identifier alone when unknown. */
    public static String describe(String licence) {
        String deed = DEEDS.get(licence);
        return deed == null ? licence : licence + " " + deed;
    }
}

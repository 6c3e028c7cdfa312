package fr.plume.tool.catalogue.api;

import java.util.List;

/** Read access to the open-resource catalogue, for result pages that say what to study next. */
public interface OpenResources {

    /**
     * Published resources linked to the competency, strongest link first (explicit alignment,
     * idnumber, tag, then keyword rule), most recently updated first within each.
     */
    List<OpenResource> recommendedFor(String competencyCode, int limit);

    /** Every published resource, ordered by title. */
    List<OpenResource> published();
}

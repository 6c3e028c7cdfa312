package fr.plume.tool.dashboard.domain;

import java.util.List;
import java.util.UUID;

/**
 * An item the class found hard: its success rate over the class's diagnostic and practice answers.
 *
 * @param rule      the rule the item tests (its explanation), null when the item has none
 * @param resources the catalogue's open resources for its competency, strongest link first
 */
public record HardItem(UUID itemId, String competencyCode, String competencyLabel, String stem, String rule,
        int answered, int correct, int students, List<ResourceLink> resources) {

    /** An open resource of the catalogue for the item's competency (web addresses only). */
    public record ResourceLink(String title, String url, String licence) {
    }

    public HardItem {
        resources = resources == null ? List.of() : List.copyOf(resources);
    }

    /** "2.3 Accord du participe", or the code alone when the framework does not name it. */
    public String competencyHeading() {
        return competencyLabel == null || competencyLabel.equals(competencyCode) ? competencyCode
                : competencyCode + " " + competencyLabel;
    }

    /** Whole percent of correct answers. */
    public int successPercent() {
        return answered == 0 ? 0 : (int) Math.round(100.0 * correct / answered);
    }
}

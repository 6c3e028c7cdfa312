package fr.plume.tool.demo.domain;

import java.util.Map;

/** A tool link placed in the demo course; its id is the LTI resource_link id. */
public record Activity(long id, String courseId, String title, String text, String targetLinkUri,
        Map<String, String> custom, Long lineItemId) {

    public Activity {
        custom = custom == null ? Map.of() : Map.copyOf(custom);
    }
}

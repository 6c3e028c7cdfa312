package fr.plume.tool.lti.api;

import java.util.List;
import java.util.UUID;

/**
 * A source of activities the Deep Linking picker offers. Every bean of this type contributes;
 * later the item bank supplies its published modules here.
 */
public interface PlaceableActivities {

    List<PlaceableActivity> placeableFor(UUID memberId);
}

package fr.plume.tool.certification.domain;

import java.util.UUID;

/** A certificate's place in a Bitstring Status List: the list and a random index in it. */
public record StatusSlot(UUID listId, int index) {
}

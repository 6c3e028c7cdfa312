package fr.plume.tool.assessment.engine;

import java.util.Objects;

/** One scored answer, with the item parameters that were copied into the attempt when it was shown. */
public record Response(ItemParameters item, boolean correct) {

    public Response {
        Objects.requireNonNull(item, "item");
    }
}

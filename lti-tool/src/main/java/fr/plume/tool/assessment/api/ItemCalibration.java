package fr.plume.tool.assessment.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The engine's 2PL calibration (marginal maximum likelihood, EM over a quadrature grid, DESIGN §6)
 * offered to the psychometrics module, which decides what to calibrate and what to do with it.
 */
public interface ItemCalibration {

    Outcome calibrate(Request request);

    /**
     * Dichotomous responses by candidate, in compressed rows: candidate {@code p}'s responses are
     * the indexes {@code [personStarts[p], personStarts[p + 1])} of {@code items} (index into
     * {@code itemIds}) and {@code scores} (1 correct, 0 not).
     */
    record Responses(List<String> itemIds, int[] personStarts, int[] items, byte[] scores) {

        public Responses {
            itemIds = List.copyOf(itemIds);
            Objects.requireNonNull(personStarts, "personStarts");
            if (items.length != scores.length || personStarts.length == 0
                    || personStarts[personStarts.length - 1] != items.length) {
                throw new IllegalArgumentException("responses: rows and columns do not line up");
            }
        }

        public int personCount() {
            return personStarts.length - 1;
        }
    }

    /** Fixed parameters of an anchor item. */
    record Anchor(double a, double b) {
    }

    /**
     * What to calibrate: without anchors the latent distribution is N(0, 1); with anchors, anchors
     * keep their parameters and the latent mean and SD are estimated on their scale.
     */
    record Request(Responses responses, Map<String, Anchor> anchors, int minResponses, String version) {

        public Request {
            Objects.requireNonNull(responses, "responses");
            anchors = Map.copyOf(anchors);
            Objects.requireNonNull(version, "version");
        }
    }

    enum Status { ESTIMATED, ANCHOR, REFUSED_TOO_FEW_RESPONSES }

    /** One item's outcome; a and b are NaN when refused. */
    record Item(String itemId, double a, double b, Status status, int responseCount) {
    }

    record Outcome(String version, List<Item> items, int iterations, boolean converged, double populationMean,
                   double populationSd) {

        public Outcome {
            items = List.copyOf(items);
        }
    }
}

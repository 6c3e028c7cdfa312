package fr.plume.tool.assessment.engine.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseMatrixTest {

    @Test
    void storesResponsesGroupedByPersonWhateverTheInputOrder() {
        ResponseMatrix matrix = ResponseMatrix.builder(List.of("x", "y", "z"))
                .add(2, "z", true).add(0, "x", false).add(2, 0, false).add(0, "y", true).build();

        assertThat(matrix.personCount()).isEqualTo(3);
        assertThat(matrix.responseCount()).isEqualTo(4);
        assertThat(matrix.end(1) - matrix.start(1)).isZero();
        assertThat(matrix.item(matrix.start(0))).isEqualTo(0);
        assertThat(matrix.correct(matrix.start(0))).isFalse();
        assertThat(matrix.item(matrix.start(0) + 1)).isEqualTo(1);
        assertThat(matrix.correct(matrix.start(0) + 1)).isTrue();
        assertThat(matrix.item(matrix.start(2))).isEqualTo(2);
        assertThat(matrix.item(matrix.start(2) + 1)).isEqualTo(0);
    }

    @Test
    void rejectsUnknownItems() {
        ResponseMatrix.Builder builder = ResponseMatrix.builder(List.of("x"));
        assertThatThrownBy(() -> builder.add(0, "nope", true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.add(0, 3, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ResponseMatrix.builder(List.of("x", "x"))).isInstanceOf(IllegalArgumentException.class);
    }
}

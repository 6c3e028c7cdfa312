package fr.plume.tool.assessment.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ItemBankTest {

    @Test
    void groupsItemsByCompetencyInContiguousRangesSortedByDifficulty() {
        ItemBank bank = ItemBank.of(List.of(
                new ItemParameters("i1", "B", "f1", 1.0, 0.5, true),
                new ItemParameters("i2", "A", null, 1.2, 1.0, false),
                new ItemParameters("i3", "B", "f1", 0.8, -0.5, true),
                new ItemParameters("i4", "A", "f4", 1.5, -1.0, true)));

        assertThat(bank.competencies()).containsExactly("B", "A");
        assertThat(bank.competencyStart(0)).isEqualTo(0);
        assertThat(bank.competencyEnd(0)).isEqualTo(2);
        assertThat(bank.item(0).itemId()).isEqualTo("i3");
        assertThat(bank.item(2).itemId()).isEqualTo("i4");
        assertThat(bank.competencyEnd(1)).isEqualTo(4);
        assertThat(bank.aSquared(2)).isEqualTo(2.25);
        assertThat(bank.familyMembers("f1")).containsExactlyInAnyOrder(0, 1);
        assertThat(bank.item(bank.indexOf("i2").getAsInt()).familyId()).isEqualTo("i2");
        assertThat(bank.indexOf("missing")).isEmpty();
        assertThat(bank.competencyIndex("A")).isEqualTo(1);
        assertThat(bank.competencyIndex("Z")).isEqualTo(-1);
        assertThat(bank.discriminationRank(bank.indexOf("i4").getAsInt())).isEqualTo(0.5);
        assertThat(bank.discriminationRank(bank.indexOf("i2").getAsInt())).isEqualTo(0.0);
    }

    @Test
    void rejectsDuplicateIdsAndInvalidParameters() {
        assertThatThrownBy(() -> ItemBank.of(List.of(new ItemParameters("i", "A", null, 1, 0, true),
                new ItemParameters("i", "B", null, 1, 0, true)))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ItemParameters("i", "A", null, 0.0, 0, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ItemParameters("i", "A", null, 1.0, Double.NaN, true))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

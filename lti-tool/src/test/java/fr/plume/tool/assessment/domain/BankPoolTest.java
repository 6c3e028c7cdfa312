package fr.plume.tool.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.assessment.engine.ItemBank;
import fr.plume.tool.assessment.engine.ItemParameters;
import fr.plume.tool.assessment.engine.cat.TestBlueprint;
import fr.plume.tool.assessment.engine.cat.TestMode;
import fr.plume.tool.assessment.engine.sim.BankFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BankPoolTest {

    @Test
    void theCertificationDrawsFromItsPoolTheMockFromPracticeTheOthersFromTheWholeBank() {
        assertThat(BankPool.forMode(TestMode.CERTIFICATION, false)).contains(BankPool.CERTIFICATION);
        assertThat(BankPool.forMode(TestMode.MOCK_CERTIFICATION, false)).contains(BankPool.PRACTICE);
        assertThat(BankPool.forMode(TestMode.DIAGNOSTIC, false)).as("whole bank").isEmpty();
        assertThat(BankPool.forMode(TestMode.FORMATIVE, false)).as("whole bank").isEmpty();
    }

    @Test
    void aBankLargeEnoughMaySendDiagnosticsAndPracticeToThePracticePool() {
        assertThat(BankPool.forMode(TestMode.DIAGNOSTIC, true)).contains(BankPool.PRACTICE);
        assertThat(BankPool.forMode(TestMode.FORMATIVE, true)).contains(BankPool.PRACTICE);
        assertThat(BankPool.forMode(TestMode.CERTIFICATION, true)).contains(BankPool.CERTIFICATION);
        assertThat(BankPool.forMode(TestMode.MOCK_CERTIFICATION, true)).contains(BankPool.PRACTICE);
    }

    @Test
    void thePoolIsAStableFunctionOfTheFamilyNearTheConfiguredShare() {
        List<String> families = IntStream.range(0, 4000).mapToObj(i -> "9.9-f" + i).toList();

        long certification = families.stream().filter(f -> BankPool.of(f) == BankPool.CERTIFICATION).count();

        assertThat(certification / 4000.0).isBetween(BankPool.CERTIFICATION_SHARE - 0.03,
                BankPool.CERTIFICATION_SHARE + 0.03);
        assertThat(families).allMatch(f -> BankPool.of(f) == BankPool.of(new String(f)));
    }

    @Test
    void theSampleBanksCertificationPoolMeetsTheCertificationMinimum() throws Exception {
        List<ItemParameters> sample = BankFiles.read(Path.of("../samples/items"));
        Map<BankPool, List<ItemParameters>> pools = sample.stream()
                .collect(Collectors.groupingBy(item -> BankPool.of(item.familyId())));
        ItemBank certification = ItemBank.of(pools.get(BankPool.CERTIFICATION));
        TestBlueprint.MinimumBank minimum = TestBlueprint.certification().minimumBank();

        assertThat(certification.size()).isGreaterThanOrEqualTo(minimum.items());
        assertThat(certification.competencies()).hasSize(16);
        for (int c = 0; c < certification.competencies().size(); c++) {
            assertThat(certification.competencyEnd(c) - certification.competencyStart(c))
                    .isGreaterThanOrEqualTo(minimum.itemsPerCompetency());
        }
        assertThat(pools.get(BankPool.PRACTICE)).isNotEmpty();
    }
}

package fr.plume.tool.assessment.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.assessment.domain.BankPool;
import fr.plume.tool.assessment.engine.ItemBank;
import fr.plume.tool.assessment.engine.cat.TestMode;
import fr.plume.tool.itembank.api.ItemCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Which items each kind of test draws from (issue 17). */
class DeliverableBankTest {

    private final InMemoryAssessment assessment = new InMemoryAssessment();

    DeliverableBankTest() {
        assessment.publishACertificationSizedBank();
    }

    @Test
    void byDefaultOnlyTheCertificationAndItsMockDrawFromAPool() {
        DeliverableBank bank = new DeliverableBank(assessment.catalog);

        assertThat(bank.itemsFor(TestMode.CERTIFICATION)).isSameAs(bank.current().pool(BankPool.CERTIFICATION));
        assertThat(bank.itemsFor(TestMode.MOCK_CERTIFICATION)).isSameAs(bank.current().pool(BankPool.PRACTICE));
        assertThat(bank.itemsFor(TestMode.DIAGNOSTIC)).isSameAs(bank.current().bank());
        assertThat(bank.itemsFor(TestMode.FORMATIVE)).isSameAs(bank.current().bank());
        assertThat(bank.current().bank().size()).isEqualTo(3 * 20 + 252);
    }

    @Test
    void withPracticePoolForDiagnosticsDiagnosticsAndPracticeDrawFromThePracticePool() {
        DeliverableBank bank = new DeliverableBank(assessment.catalog, true);

        ItemBank practice = bank.current().pool(BankPool.PRACTICE);
        assertThat(bank.itemsFor(TestMode.DIAGNOSTIC)).isSameAs(practice);
        assertThat(bank.itemsFor(TestMode.FORMATIVE)).isSameAs(practice);
        assertThat(bank.itemsFor(TestMode.MOCK_CERTIFICATION)).isSameAs(practice);
        assertThat(bank.itemsFor(TestMode.CERTIFICATION)).isSameAs(bank.current().pool(BankPool.CERTIFICATION));
    }

    @Test
    void thePropertyPracticePoolForDiagnosticsIsReadDefaultingToFalse() {
        ApplicationContextRunner context = new ApplicationContextRunner()
                .withBean(ItemCatalog.class, () -> assessment.catalog)
                .withBean(DeliverableBank.class);

        context.run(started -> assertThat(started.getBean(DeliverableBank.class).itemsFor(TestMode.DIAGNOSTIC).size())
                .isEqualTo(3 * 20 + 252));
        context.withPropertyValues("plume.assessment.practice-pool-for-diagnostics=true")
                .run(started -> assertThat(started.getBean(DeliverableBank.class).itemsFor(TestMode.DIAGNOSTIC).size())
                        .isEqualTo(3 * 20));
    }
}

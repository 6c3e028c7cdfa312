package fr.plume.tool.assessment.infra;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.assessment.domain.ModulePractice;
import fr.plume.tool.assessment.domain.ModulePractices;
import fr.plume.tool.support.PlumeIntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PlumeIntegrationTest
class JdbcModulePracticesTest {

    @Autowired
    ModulePractices practices;

    @Test
    void keepsTheModulesSequenceInOrderWithItsVersionsWithinItsMemberOnly() {
        UUID member = UUID.randomUUID();
        UUID attempt = UUID.randomUUID();
        List<ModulePractice.PinnedItem> items = List.of(new ModulePractice.PinnedItem(UUID.randomUUID(), 3),
                new ModulePractice.PinnedItem(UUID.randomUUID(), 1), new ModulePractice.PinnedItem(UUID.randomUUID(), 2));
        ModulePractice practice = new ModulePractice(attempt, UUID.randomUUID(), 4, items);

        practices.insert(member, practice);

        assertThat(practices.of(member, attempt)).contains(practice);
        assertThat(practices.of(UUID.randomUUID(), attempt)).as("another member").isEmpty();
        assertThat(practices.of(member, UUID.randomUUID())).as("another attempt").isEmpty();
    }
}

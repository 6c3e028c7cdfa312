package fr.plume.tool.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.itembank.api.PublishedModules;
import fr.plume.tool.support.InMemoryPublishedModules;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class CommonsModulesTest {

    @Test
    void withoutTheItemBanksPortTheCommonsIsEmptyInsteadOfMissing() {
        CommonsModules modules = new CommonsModules(new StaticListableBeanFactory()
                .getBeanProvider(PublishedModules.class));

        assertThat(modules.get().changedBetween(null, null, null, 10)).isEmpty();
        assertThat(modules.get().find(UUID.randomUUID())).isEmpty();
        assertThat(modules.get().earliestChange()).isEmpty();
    }

    @Test
    void theItemBanksPortIsUsedWhenThereIsOne() {
        InMemoryPublishedModules port = new InMemoryPublishedModules();
        CommonsModules modules = new CommonsModules(new StaticListableBeanFactory(Map.of("port", port))
                .getBeanProvider(PublishedModules.class));

        assertThat(modules.get()).isSameAs(port);
    }
}

package fr.plume.tool;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Fails the build when a module reaches into another's internals (DESIGN §3). */
class ModularityTest {

    @Test
    void modulesOnlyUseEachOthersApi() {
        ApplicationModules.of(PlumeApplication.class).verify();
    }
}

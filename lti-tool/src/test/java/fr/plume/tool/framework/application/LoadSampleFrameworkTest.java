package fr.plume.tool.framework.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.framework.format.FrameworkFormat;
import fr.plume.framework.format.FrameworkFormats;
import fr.plume.framework.model.Framework;
import fr.plume.tool.support.TestFrameworks;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class LoadSampleFrameworkTest {

    private final InMemoryFrameworkVersions versions = new InMemoryFrameworkVersions();
    private final ImportFramework importFramework = new ImportFramework(versions,
            Clock.fixed(Instant.parse("2026-09-01T08:00:00Z"), ZoneOffset.UTC));
    private final LoadSampleFramework loadSampleFramework = new LoadSampleFramework(importFramework, versions,
            new ClassPathResource("samples/framework/referentiel-plume-ecrit.case.json"));

    @Test
    void importsTheSampleFrameworkWhenNoneIsStored() throws IOException {
        loadSampleFramework.loadOnFirstStart();

        assertThat(versions.stored).singleElement().satisfies(version -> {
            assertThat(version.framework().code()).isEqualTo("PLUME-ECRIT");
            assertThat(version.framework().allCompetencies()).hasSize(16);
            assertThat(version.importedBy()).isEqualTo("demo");
        });
    }

    @Test
    void leavesTheStoredFrameworksAloneOnALaterStart() throws IOException {
        Framework own = TestFrameworks.twoDomains("1.0.0");
        importFramework.importFile(FrameworkFormat.CASE_JSON,
                new ByteArrayInputStream(FrameworkFormats.write(FrameworkFormat.CASE_JSON, own)), "admin");

        loadSampleFramework.loadOnFirstStart();

        assertThat(versions.stored).singleElement()
                .satisfies(version -> assertThat(version.framework().code()).isEqualTo(own.code()));
    }
}

package fr.plume.tool.framework.application;

import fr.plume.framework.format.FrameworkFormat;
import fr.plume.framework.format.FrameworkFormats;
import fr.plume.framework.format.ImportResult;
import fr.plume.framework.format.casejson.CaseJsonWriter;
import fr.plume.framework.model.Framework;
import fr.plume.framework.validation.Problem;
import fr.plume.tool.framework.api.FrameworkImportRejected;
import fr.plume.tool.framework.domain.FrameworkFingerprint;
import fr.plume.tool.framework.domain.FrameworkVersions;
import fr.plume.tool.framework.domain.ImportOutcome;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a framework file as a new version, all or nothing: a file with any problem stores
 * nothing and reports every problem; the same version imported twice is recognised, a
 * different content under an existing version number is refused.
 */
@Service
public class ImportFramework {

    private static final Logger log = LoggerFactory.getLogger(ImportFramework.class);

    private final FrameworkVersions versions;
    private final Clock clock;

    ImportFramework(FrameworkVersions versions, Clock clock) {
        this.versions = versions;
        this.clock = clock;
    }

    @Transactional
    public ImportOutcome importFile(FrameworkFormat format, InputStream content, String importedBy) {
        ImportResult result = FrameworkFormats.read(format, content);
        if (!result.ok()) {
            log.info("event=framework.import-rejected format={} problems={}", format, result.summary().total());
            throw new FrameworkImportRejected("FW-IMPORT-INVALID", result.problems(), result.summary());
        }
        Framework framework = result.framework().orElseThrow();
        FrameworkFingerprint fingerprint = FrameworkFingerprint.of(framework);
        byte[] casePackage = CaseJsonWriter.write(framework, clock.instant());
        int competencies = framework.domains().stream().mapToInt(d -> d.competencies().size()).sum();

        var existing = versions.findVersion(framework.idnumber(), framework.version());
        if (existing.isPresent()) {
            if (existing.get().fingerprint().equals(fingerprint)) {
                return new ImportOutcome(existing.get().versionId(), framework.code(), framework.version(), false,
                        competencies);
            }
            throw new FrameworkImportRejected("FW-VERSION-CONFLICT", List.of(new Problem("FW-VERSION-CONFLICT",
                    "version", "La version " + framework.version() + " de ce référentiel existe déjà avec un autre "
                            + "contenu : augmentez le numéro de version (par exemple " + nextMinor(framework.version())
                            + ") pour publier ces modifications.")));
        }
        UUID versionId = UUID.randomUUID();
        versions.insert(new FrameworkVersions.NewVersion(versionId, framework, format, casePackage, fingerprint,
                clock.instant(), importedBy));
        log.info("event=framework.imported code={} version={} competencies={}", framework.code(),
                framework.version(), competencies);
        return new ImportOutcome(versionId, framework.code(), framework.version(), true, competencies);
    }

    private static String nextMinor(String version) {
        String[] parts = version.split("[.-]");
        try {
            return parts[0] + "." + (Integer.parseInt(parts[1]) + 1) + ".0";
        } catch (RuntimeException e) {
            return "1.1.0";
        }
    }
}

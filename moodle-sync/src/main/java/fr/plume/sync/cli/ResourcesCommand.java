package fr.plume.sync.cli;

import fr.plume.sync.catalogue.FileCatalogueStore;
import fr.plume.sync.catalogue.FileDraftItemSink;
import fr.plume.sync.format.QuestionFiles;
import fr.plume.sync.i18n.LocalizedIOException;
import fr.plume.sync.i18n.Phrase;
import fr.plume.sync.job.CompetencyIndex;
import fr.plume.sync.job.CompetencyMapper;
import fr.plume.sync.job.KeywordRule;
import fr.plume.sync.job.MoodleCourseHarvestJob;
import fr.plume.sync.job.OaiHarvestJob;
import fr.plume.sync.job.OaiPmhClient;
import fr.plume.sync.job.QuestionFileImportJob;
import fr.plume.sync.job.SyncReport;
import fr.plume.sync.moodle.MoodleWsClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "resources", mixinStandardHelpOptions = true, subcommands = ResourcesCommand.Harvest.class)
final class ResourcesCommand {

    @ParentCommand
    PlumeSync root;

    @Command(name = "harvest", mixinStandardHelpOptions = true)
    static final class Harvest implements Callable<Integer> {

        @ParentCommand
        ResourcesCommand parent;

        static final class Source {
            @Option(names = "--oai", descriptionKey = "oai", paramLabel = "<entrepôt>")
            String oai;

            @Option(names = "--course", descriptionKey = "course", paramLabel = "<id>")
            Long course;

            @Option(names = "--questions", descriptionKey = "questions", paramLabel = "<fichier>")
            Path questions;
        }

        @ArgGroup(exclusive = true, multiplicity = "1")
        Source source;

        @Option(names = "--site", descriptionKey = "site", paramLabel = "<site>")
        String site;

        @Option(names = "--from", descriptionKey = "from", paramLabel = "<date>")
        String from;

        @Option(names = "--until", descriptionKey = "until", paramLabel = "<date>")
        String until;

        @Option(names = "--origin", descriptionKey = "origin", paramLabel = "<nom>")
        String origin;

        @Option(names = "--catalogue", descriptionKey = "catalogue", paramLabel = "<fichier>", defaultValue = "catalogue.json")
        Path catalogue;

        @Option(names = "--drafts", descriptionKey = "drafts", paramLabel = "<fichier>", defaultValue = "drafts.json")
        Path drafts;

        @Option(names = "--rules", descriptionKey = "rules", paramLabel = "<fichier>")
        Path rules;

        @Option(names = "--framework", descriptionKey = "framework", paramLabel = "<fichier>")
        Path framework;

        @Option(names = "--dry-run", descriptionKey = "dry-run")
        boolean dryRun;

        @Override
        public Integer call() {
            PlumeSync root = parent.root;
            SyncConfig config = root.config();
            CompetencyMapper mapper = new CompetencyMapper(
                    Optional.ofNullable(framework).map(FrameworkCommand.Push::readFramework).map(CompetencyIndex::of)
                            .orElse(CompetencyIndex.empty()), readRules());
            SyncReport report;
            if (source.oai != null) {
                report = new OaiHarvestJob(OaiPmhClient.standard(), new FileCatalogueStore(catalogue), mapper, root.clock)
                        .run(config.oai(source.oai), Optional.ofNullable(from), Optional.ofNullable(until), dryRun,
                                ConsoleProgress.forConsole());
            } else if (source.course != null) {
                if (site == null) {
                    throw new IllegalArgumentException(root.text("cli.courseNeedsSite"));
                }
                report = new MoodleCourseHarvestJob(new MoodleWsClient(config.site(site, root.env)),
                        new FileCatalogueStore(catalogue), mapper, root.clock).run(source.course, dryRun);
            } else {
                String name = origin != null ? origin : source.questions.getFileName().toString();
                try (InputStream in = Files.newInputStream(source.questions)) {
                    report = new QuestionFileImportJob(new FileDraftItemSink(drafts), mapper, new QuestionFiles(), root.clock)
                            .run(name, source.questions.getFileName().toString(), in, dryRun);
                } catch (IOException e) {
                    throw new LocalizedIOException(Phrase.of("io.unreadable", source.questions), e);
                }
            }
            return root.finish(report);
        }

        private List<KeywordRule> readRules() {
            if (rules == null) {
                return List.of();
            }
            try (InputStream in = Files.newInputStream(rules)) {
                return CompetencyMapper.readRules(in);
            } catch (IOException e) {
                throw new LocalizedIOException(Phrase.of("io.unreadable", rules), e);
            }
        }
    }

}

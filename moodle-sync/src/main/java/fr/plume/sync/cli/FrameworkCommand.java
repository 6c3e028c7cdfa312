package fr.plume.sync.cli;

import fr.plume.framework.format.FrameworkFormat;
import fr.plume.framework.format.FrameworkFormats;
import fr.plume.framework.format.ImportResult;
import fr.plume.framework.model.Framework;
import fr.plume.sync.catalogue.AtomicFiles;
import fr.plume.sync.i18n.LocalizedArgumentException;
import fr.plume.sync.i18n.LocalizedIOException;
import fr.plume.sync.i18n.Phrase;
import fr.plume.sync.job.FrameworkPushJob;
import fr.plume.sync.job.FrameworkPushResult;
import fr.plume.sync.moodle.MoodleCompetencyApi;
import fr.plume.sync.moodle.MoodleWsClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "framework", mixinStandardHelpOptions = true, subcommands = FrameworkCommand.Push.class)
final class FrameworkCommand {

    @ParentCommand
    PlumeSync root;

    @Command(name = "push", mixinStandardHelpOptions = true)
    static final class Push implements Callable<Integer> {

        @ParentCommand
        FrameworkCommand parent;

        @Option(names = "--site", required = true, descriptionKey = "site", paramLabel = "<site>")
        String site;

        @Option(names = "--framework", required = true, descriptionKey = "framework", paramLabel = "<fichier>")
        Path framework;

        @Option(names = "--previous", descriptionKey = "previous", paramLabel = "<fichier>")
        Path previous;

        @Option(names = "--csv-out", descriptionKey = "csv-out", paramLabel = "<fichier>")
        Path csvOut;

        @Option(names = "--dry-run", descriptionKey = "dry-run")
        boolean dryRun;

        @Override
        public Integer call() {
            PlumeSync root = parent.root;
            SyncConfig config = root.config();
            Framework fw = readFramework(framework);
            Optional<Framework> prev = Optional.ofNullable(previous).map(Push::readFramework);
            FrameworkPushJob job = new FrameworkPushJob(new MoodleCompetencyApi(new MoodleWsClient(config.site(site, root.env))),
                    config.scale(site), root.clock);
            FrameworkPushResult result = job.run(fw, prev, dryRun);
            if (result.moodleCsv().isPresent()) {
                Path target = csvOut != null ? csvOut : Path.of(fw.code() + "-" + fw.version() + ".csv");
                if (!dryRun) {
                    AtomicFiles.write(target, result.moodleCsv().get());
                    root.err.println(root.text("cli.csvWritten", target));
                }
            }
            return root.finish(result.report());
        }

        static Framework readFramework(Path file) {
            FrameworkFormat format = FrameworkFormat.fromFileName(file.getFileName().toString())
                    .orElseThrow(() -> new LocalizedArgumentException(Phrase.of("cli.framework.unknownFormat", file)));
            try (InputStream in = Files.newInputStream(file)) {
                ImportResult result = FrameworkFormats.read(format, in);
                return result.framework().orElseThrow(() -> new LocalizedArgumentException(Phrase.of(
                        "cli.framework.invalid", file, result.summary().total(), result.problems().stream()
                                .map(p -> "  " + p.location() + " " + p.message()).collect(Collectors.joining("\n")),
                        result.summary().truncated()
                                ? Phrase.of("cli.framework.notListed", result.summary().notListed())
                                : Phrase.literal(""))));
            } catch (IOException e) {
                throw new LocalizedIOException(Phrase.of("cli.framework.unreadable", file), e);
            }
        }
    }
}

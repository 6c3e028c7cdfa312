package fr.plume.sync.cli;

import fr.plume.sync.catalogue.AtomicFiles;
import fr.plume.sync.catalogue.FileOpenModules;
import fr.plume.sync.job.QuestionsExportJob;
import fr.plume.sync.job.SyncReport;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "questions", mixinStandardHelpOptions = true, subcommands = QuestionsCommand.Export.class)
final class QuestionsCommand {

    @ParentCommand
    PlumeSync root;

    @Command(name = "export", mixinStandardHelpOptions = true)
    static final class Export implements Callable<Integer> {

        @ParentCommand
        QuestionsCommand parent;

        @Option(names = "--modules", required = true, descriptionKey = "modules", paramLabel = "<fichier>")
        Path modules;

        @Option(names = "--module", required = true, descriptionKey = "module", paramLabel = "<id>")
        String module;

        @Option(names = {"-o", "--output"}, required = true, descriptionKey = "output", paramLabel = "<fichier.xml>")
        Path output;

        @Option(names = "--dry-run", descriptionKey = "dry-run")
        boolean dryRun;

        @Override
        public Integer call() {
            PlumeSync root = parent.root;
            ByteArrayOutputStream xml = new ByteArrayOutputStream();
            SyncReport report = new QuestionsExportJob(new FileOpenModules(modules), root.clock).run(module, xml, dryRun);
            if (!dryRun) {
                AtomicFiles.write(output, xml.toByteArray());
            }
            return root.finish(report);
        }
    }
}

package fr.plume.sync.cli;

import fr.plume.sync.job.SiteCheck;
import fr.plume.sync.moodle.MoodleCompetencyApi;
import fr.plume.sync.moodle.MoodleWsClient;
import fr.plume.sync.moodle.SiteInfo;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "site", mixinStandardHelpOptions = true, subcommands = SiteCommand.Check.class)
final class SiteCommand {

    @Command(name = "check", mixinStandardHelpOptions = true)
    static final class Check implements Callable<Integer> {

        @ParentCommand
        SiteCommand parent;

        @Option(names = "--site", required = true, descriptionKey = "site", paramLabel = "<site>")
        String site;

        @Option(names = "--course", descriptionKey = "check-course", paramLabel = "<id>")
        Long course;

        @Override
        public Integer call() {
            PlumeSync root = parent.root;
            SiteCheck.Result result = new SiteCheck(new MoodleCompetencyApi(new MoodleWsClient(root.config().site(site,
                    root.env)))).run(course == null ? OptionalLong.empty() : OptionalLong.of(course));
            SiteInfo info = result.site();
            root.out.println(root.text("cli.site.name", info.siteName(), info.siteUrl()));
            root.out.println(root.text("cli.site.release", info.release(), info.version()));
            root.out.println(root.text("cli.site.account", info.username()));
            for (SiteCheck.JobReadiness job : result.jobs()) {
                root.out.println(root.text(job.ready() ? "cli.site.ready" : "cli.site.incomplete", job.job()));
                if (!job.missingFunctions().isEmpty()) {
                    root.out.println(root.text("cli.site.missingFunctions", String.join(", ", job.missingFunctions())));
                }
                job.problems().forEach(p -> root.out.println(root.text("cli.site.problem", p)));
                job.notes().forEach(n -> root.out.println(root.text("cli.site.note", n)));
            }
            return result.allReady() ? ExitCodes.OK : ExitCodes.SITE_NOT_READY;
        }
    }

    @ParentCommand
    PlumeSync root;
}

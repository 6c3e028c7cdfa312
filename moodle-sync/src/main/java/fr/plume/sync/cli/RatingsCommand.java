package fr.plume.sync.cli;

import fr.plume.sync.catalogue.CompetencyRating.RatingOrigin;
import fr.plume.sync.catalogue.FileRatings;
import fr.plume.sync.job.RatingsPushJob;
import fr.plume.sync.moodle.MoodleCompetencyApi;
import fr.plume.sync.moodle.MoodleWsClient;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "ratings", mixinStandardHelpOptions = true, subcommands = RatingsCommand.Push.class)
final class RatingsCommand {

    @ParentCommand
    PlumeSync root;

    @Command(name = "push", mixinStandardHelpOptions = true)
    static final class Push implements Callable<Integer> {

        @ParentCommand
        RatingsCommand parent;

        @Option(names = "--site", required = true, descriptionKey = "site", paramLabel = "<site>")
        String site;

        @Option(names = "--ratings", required = true, descriptionKey = "ratings", paramLabel = "<fichier>")
        Path ratings;

        @Option(names = "--ledger", descriptionKey = "ledger", paramLabel = "<fichier>", defaultValue = "ratings-ledger.json")
        Path ledger;

        @Option(names = "--origins", split = ",", descriptionKey = "origins", paramLabel = "CERTIFICATION,DIAGNOSTIC",
                defaultValue = "CERTIFICATION")
        Set<RatingOrigin> origins;

        @Option(names = "--dry-run", descriptionKey = "dry-run")
        boolean dryRun;

        @Override
        public Integer call() {
            PlumeSync root = parent.root;
            SyncConfig config = root.config();
            FileRatings files = new FileRatings(ratings, ledger);
            RatingsPushJob job = new RatingsPushJob(new MoodleCompetencyApi(new MoodleWsClient(config.site(site, root.env))),
                    files, files, config.scale(site), root.clock);
            return root.finish(job.run(EnumSet.copyOf(origins), dryRun, ConsoleProgress.forConsole()));
        }
    }
}

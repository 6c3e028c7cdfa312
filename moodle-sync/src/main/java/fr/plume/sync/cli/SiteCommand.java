package fr.plume.sync.cli;

import fr.plume.sync.moodle.MoodleCompetencyApi;
import fr.plume.sync.moodle.MoodleWsClient;
import fr.plume.sync.moodle.SiteInfo;
import fr.plume.sync.moodle.WsFunctions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

        PlumeSync root() {
            return parent.root;
        }

        @Override
        public Integer call() {
            PlumeSync root = root();
            MoodleCompetencyApi api = new MoodleCompetencyApi(new MoodleWsClient(root.config().site(site, root.env)));
            SiteInfo info = api.siteInfo();
            root.out.println("Site : " + info.siteName() + " (" + info.siteUrl() + ")");
            root.out.println("Moodle : " + info.release() + " — version " + info.version());
            root.out.println("Compte du jeton : " + info.username());
            Map<String, List<String>> jobs = new LinkedHashMap<>();
            List<String> push = new ArrayList<>(WsFunctions.FRAMEWORK_PUSH_READ);
            push.addAll(WsFunctions.FRAMEWORK_PUSH_WRITE);
            jobs.put("framework push", push);
            jobs.put("ratings push", WsFunctions.RATINGS_PUSH);
            jobs.put("resources harvest --course", WsFunctions.COURSE_HARVEST);
            boolean allReady = true;
            for (Map.Entry<String, List<String>> job : jobs.entrySet()) {
                List<String> missing = info.missing(job.getValue());
                if (missing.isEmpty()) {
                    root.out.println("  [prêt] " + job.getKey());
                } else {
                    allReady = false;
                    root.out.println("  [incomplet] " + job.getKey() + " — fonctions manquantes : " + String.join(", ", missing));
                }
            }
            if (info.missing(WsFunctions.FRAMEWORK_PUSH_WRITE).size() == WsFunctions.FRAMEWORK_PUSH_WRITE.size()) {
                root.out.println("  (sans fonction d'écriture, framework push produira le fichier CSV tool_lpimportcsv)");
            }
            return allReady ? ExitCodes.OK : ExitCodes.SITE_NOT_READY;
        }
    }

    @ParentCommand
    PlumeSync root;
}

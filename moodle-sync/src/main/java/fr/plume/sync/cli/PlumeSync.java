package fr.plume.sync.cli;

import fr.plume.sync.format.FormatException;
import fr.plume.sync.moodle.MissingFunctionsException;
import fr.plume.sync.moodle.MoodleTransportException;
import fr.plume.sync.moodle.MoodleWsException;
import fr.plume.sync.sync.SiteNotReadyException;
import fr.plume.sync.sync.SyncReport;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code plume-sync}: the command line of the moodle-sync toolkit. */
@Command(name = "plume-sync", mixinStandardHelpOptions = true, versionProvider = PlumeSync.Version.class,
        resourceBundle = "fr.plume.sync.cli.Messages",
        subcommands = {SiteCommand.class, FrameworkCommand.class, ResourcesCommand.class, RatingsCommand.class,
                QuestionsCommand.class})
public final class PlumeSync {

    @Option(names = "--config", descriptionKey = "config", paramLabel = "<fichier>")
    Path config;

    @Option(names = "--lang", descriptionKey = "lang", paramLabel = "fr|en")
    String lang;

    @Option(names = "--report-json", descriptionKey = "report-json", paramLabel = "<fichier>")
    Path reportJson;

    final Map<String, String> env;
    final PrintStream out;
    final PrintStream err;
    final Clock clock;

    public PlumeSync(Map<String, String> env, PrintStream out, PrintStream err, Clock clock) {
        this.env = env;
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        PlumeSync root = new PlumeSync(env, out, err, Clock.systemUTC());
        CommandLine cmd = new CommandLine(root);
        // no fallback to the JVM's default locale: the base bundle is the French one
        cmd.setResourceBundle(ResourceBundle.getBundle("fr.plume.sync.cli.Messages", locale(args, env),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT)));
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> root.handle(e));
        return cmd.execute(args);
    }

    /** {@code --lang} wins, then LANG / LC_ALL; French by default. */
    static Locale locale(String[] args, Map<String, String> env) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--lang=")) {
                return Locale.forLanguageTag(args[i].substring(7));
            }
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return Locale.forLanguageTag(args[i + 1]);
            }
        }
        String envLang = Optional.ofNullable(env.get("LC_ALL")).filter(s -> !s.isBlank()).orElse(env.getOrDefault("LANG", ""));
        return envLang.startsWith("en") ? Locale.ENGLISH : Locale.FRENCH;
    }

    SyncConfig config() {
        return SyncConfig.load(Optional.ofNullable(config));
    }

    /** Prints the report, writes it as JSON if asked, and returns the exit code it deserves. */
    int finish(SyncReport report) {
        out.print(report.toText());
        if (reportJson != null) {
            try {
                java.nio.file.Files.write(reportJson, JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
                        .build().writeValueAsBytes(report));
            } catch (IOException e) {
                throw new UncheckedIOException("Écriture du rapport impossible : " + reportJson, e);
            }
        }
        return report.hasFailures() ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    int handle(Exception e) {
        if (e instanceof SyncConfig.ConfigException) {
            err.println("Configuration : " + e.getMessage());
            return ExitCodes.CONFIG;
        }
        if (e instanceof MissingFunctionsException || e instanceof SiteNotReadyException) {
            err.println(e.getMessage());
            return ExitCodes.SITE_NOT_READY;
        }
        if (e instanceof MoodleWsException ws) {
            if (ws.isTokenProblem() || ws.isAccessProblem()) {
                err.println("Jeton refusé par le site (" + ws.errorCode() + ") : vérifiez le jeton et le service web. "
                        + ws.getMessage());
                return ExitCodes.SITE_NOT_READY;
            }
            err.println(e.getMessage());
            return ExitCodes.REMOTE_ERROR;
        }
        if (e instanceof MoodleTransportException) {
            err.println(e.getMessage());
            return ExitCodes.REMOTE_ERROR;
        }
        if (e instanceof FormatException) {
            err.println("Fichier refusé, rien n'a été importé : " + e.getMessage());
            return ExitCodes.INPUT_REFUSED;
        }
        if (e instanceof IllegalArgumentException || e instanceof UncheckedIOException) {
            err.println(e.getMessage());
            return ExitCodes.CONFIG;
        }
        err.println("Erreur inattendue : " + e);
        return ExitCodes.REMOTE_ERROR;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = PlumeSync.class.getPackage().getImplementationVersion();
            return new String[] {"plume-sync " + (v == null ? "dev" : v)};
        }
    }

    static List<String> lines(String s) {
        return s.lines().toList();
    }
}

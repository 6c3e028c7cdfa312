package fr.plume.sync.cli;

import fr.plume.sync.format.FormatException;
import fr.plume.sync.i18n.Localized;
import fr.plume.sync.i18n.Phrase;
import fr.plume.sync.job.SiteNotReadyException;
import fr.plume.sync.job.SyncReport;
import fr.plume.sync.moodle.MissingFunctionsException;
import fr.plume.sync.moodle.MoodleTransportException;
import fr.plume.sync.moodle.MoodleWsException;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;
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
    final Locale locale;

    public PlumeSync(Map<String, String> env, PrintStream out, PrintStream err, Clock clock, Locale locale) {
        this.env = env;
        this.out = out;
        this.err = err;
        this.clock = clock;
        this.locale = locale;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        Locale locale = locale(args, env);
        PlumeSync root = new PlumeSync(env, out, err, Clock.systemUTC(), locale);
        CommandLine cmd = new CommandLine(root);
        // no fallback to the JVM's default locale: the base bundle is the French one
        cmd.setResourceBundle(ResourceBundle.getBundle("fr.plume.sync.cli.Messages", locale,
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

    /** A text of the CLI or of a report in the user's language. */
    String text(String key, Object... args) {
        return Phrase.of(key, args).in(locale);
    }

    /** Prints the report, writes it as JSON if asked, and returns the exit code it deserves. */
    int finish(SyncReport report) {
        out.print(report.toText(locale));
        if (reportJson != null) {
            try {
                java.nio.file.Files.write(reportJson, JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
                        .build().writeValueAsBytes(report.in(locale)));
            } catch (IOException e) {
                throw new UncheckedIOException(text("cli.reportNotWritten", reportJson), e);
            }
        }
        return report.hasFailures() ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    int handle(Exception e) {
        String message = e instanceof Localized l ? l.phrase().in(locale) : String.valueOf(e.getMessage());
        if (e instanceof SyncConfig.ConfigException) {
            err.println(text("cli.error.config", message));
            return ExitCodes.CONFIG;
        }
        if (e instanceof MissingFunctionsException || e instanceof SiteNotReadyException) {
            err.println(message);
            return ExitCodes.SITE_NOT_READY;
        }
        if (e instanceof MoodleWsException ws) {
            if (ws.isTokenProblem() || ws.isAccessProblem()) {
                err.println(text("cli.error.token", ws.errorCode(), message));
                return ExitCodes.SITE_NOT_READY;
            }
            err.println(message);
            return ExitCodes.REMOTE_ERROR;
        }
        if (e instanceof MoodleTransportException) {
            err.println(message);
            return ExitCodes.REMOTE_ERROR;
        }
        if (e instanceof FormatException) {
            err.println(text("cli.error.fileRefused", message));
            return ExitCodes.INPUT_REFUSED;
        }
        if (e instanceof IllegalArgumentException || e instanceof UncheckedIOException) {
            err.println(message);
            return ExitCodes.CONFIG;
        }
        err.println(text("cli.error.unexpected", String.valueOf(e)));
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

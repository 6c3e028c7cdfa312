package fr.plume.sync.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.framework.diff.Aspect;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TextsTest {

    static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TextsTest.class.getResourceAsStream("/fr/plume/sync/i18n/Texts" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void frenchAndEnglishHaveTheSameKeysAndEveryPatternTakesTheSameArguments() throws IOException {
        Properties fr = bundle("");
        Properties en = bundle("_en");

        assertThat(en.stringPropertyNames()).isEqualTo(fr.stringPropertyNames());
        for (String key : fr.stringPropertyNames()) {
            int frArgs = new MessageFormat(fr.getProperty(key), Locale.FRENCH).getFormatsByArgumentIndex().length;
            int enArgs = new MessageFormat(en.getProperty(key), Locale.ENGLISH).getFormatsByArgumentIndex().length;
            assertThat(enArgs).as(key).isEqualTo(frArgs);
        }
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> used = new TreeSet<>();
        // literal keys only: a key built at run time ("outcome." + name) is checked by its own test
        Pattern call = Pattern.compile("(?:Phrase\\.of|text)\\(\\s*\"([a-zA-Z0-9.]+)\"\\s*[,)]");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(source));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(bundle("").stringPropertyNames()).containsAll(used);
    }

    @Test
    void everyAspectOfAFrameworkChangeHasALabelInBothLanguages() throws IOException {
        // FrameworkPushJob builds these keys from the aspect's name
        for (Aspect aspect : Aspect.values()) {
            assertThat(bundle("").getProperty("framework.aspect." + aspect.name())).as(aspect.name()).isNotBlank();
            assertThat(bundle("_en").getProperty("framework.aspect." + aspect.name())).as(aspect.name()).isNotBlank();
        }
        Phrase two = Phrase.joined(java.util.List.of(Phrase.of("framework.aspect.TITLE"),
                Phrase.of("framework.aspect.LEVELS")), "list.comma");
        assertThat(two.french()).isEqualTo("titre, descripteurs de niveau");
        assertThat(two.in(Locale.ENGLISH)).isEqualTo("title, level descriptors");
    }

    @Test
    void argumentsAreRenderedInTheReadersLanguageAndNumbersAsWritten() {
        Phrase nested = Phrase.of("ratings.notSent", Phrase.of("ratings.siteUnreachable"));
        assertThat(nested.in(Locale.ENGLISH)).isEqualTo("not sent: site unreachable");
        assertThat(nested.french()).isEqualTo("non envoyé : site injoignable");
        assertThat(Phrase.of("ratings.subject", 12000L, 501L, "1.1").french())
                .isEqualTo("cours 12000 / utilisateur 501 / compétence 1.1");
        assertThat(Phrase.joined(java.util.List.of(Phrase.literal("a"), Phrase.literal("b"))).in(Locale.ENGLISH))
                .isEqualTo("a; b");
        assertThat(Phrase.of("oai.deleted", (Object) null).french()).isEqualTo("supprimé de l'entrepôt ()");
    }
}

package fr.plume.tool.shared.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every page shows moments one way, through {@link DateDisplay} ({@code @dates} in templates):
 * no template formats a date itself, and no class outside the adapters (which write machine
 * formats such as ISO 8601 in JSON) builds its own date formatter.
 */
class OneDateFormatTest {

    /** Thymeleaf's own date utilities, each with its own pattern and the server's time zone. */
    private static final Pattern TEMPLATE_DATE_UTILITY = Pattern.compile("#(temporals|dates|calendars)\\.\\w+");

    @Test
    void noTemplateFormatsADateItself() throws IOException {
        Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
        assertThat(templates).as("templates found").hasSizeGreaterThan(10);
        List<String> found = new ArrayList<>();
        for (Resource template : templates) {
            Matcher m = TEMPLATE_DATE_UTILITY.matcher(template.getContentAsString(StandardCharsets.UTF_8));
            while (m.find()) {
                found.add(template.getFilename() + ": " + m.group());
            }
        }
        assertThat(found).as("use ${@dates.format(…)} instead").isEmpty();
    }

    @Test
    void onlyDateDisplayBuildsADateFormatterForPeople() {
        noClasses().that().doNotHaveFullyQualifiedName(DateDisplay.class.getName())
                .and().resideOutsideOfPackage("..infra..")
                .should().dependOnClassesThat().areAssignableTo(DateTimeFormatter.class)
                .orShould().dependOnClassesThat().areAssignableTo(FormatStyle.class)
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("fr.plume.tool"));
    }
}

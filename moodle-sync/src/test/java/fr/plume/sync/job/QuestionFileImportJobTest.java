package fr.plume.sync.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.sync.TestFrameworks;
import fr.plume.sync.catalogue.FileDraftItemSink;
import fr.plume.sync.format.CompetencyLink;
import fr.plume.sync.format.HostileInputException;
import fr.plume.sync.format.QuestionFiles;
import fr.plume.sync.job.SyncReport.Outcome;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionFileImportJobTest {

    @TempDir
    Path dir;

    static InputStream res(String name) {
        return QuestionFileImportJobTest.class.getResourceAsStream("/formats/" + name);
    }

    SyncReport run(String file, InputStream in) {
        FileDraftItemSink sink = new FileDraftItemSink(dir.resolve("drafts.json"));
        return new QuestionFileImportJob(sink, new CompetencyMapper(CompetencyIndex.of(TestFrameworks.v1()), List.of()),
                new QuestionFiles(), Clock.systemUTC()).run("banque", file, in, false);
    }

    @Test
    void importsDraftsMappedByIdnumberOrTagAndIsIdempotent() {
        SyncReport first = run("banque.xml", res("accords-et-ponctuation.moodle.xml"));
        assertThat(first.count(Outcome.CREATED)).isEqualTo(9);
        assertThat(first.count(Outcome.SKIPPED)).isEqualTo(1);

        FileDraftItemSink sink = new FileDraftItemSink(dir.resolve("drafts.json"));
        var byName = sink.all().stream().collect(java.util.stream.Collectors.toMap(d -> d.item().name(), d -> d.item()));
        assertThat(byName.get("Accord de l'adjectif de couleur").competencies()).extracting(CompetencyLink::code, CompetencyLink::how)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1.1", CompetencyLink.How.IDNUMBER));
        assertThat(byName.get("Participes passés correctement accordés").competencies()).extracting(CompetencyLink::code, CompetencyLink::how)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1.2", CompetencyLink.How.TAG));

        SyncReport second = run("banque.xml", res("accords-et-ponctuation.moodle.xml"));
        assertThat(second.hasChanges()).isFalse();
    }

    @Test
    void whatAQuestionLostOnTheWayIsAWarningOfTheReportNamingTheQuestion() {
        SyncReport report = run("anciennes.xml", res("images-moodle19.xml"));

        assertThat(report.count(Outcome.CREATED)).isEqualTo(2);
        assertThat(report.warnings()).singleElement().asString().contains("Légende perdue")
                .contains("legendes/ancienne.gif");
        assertThat(report.toText()).contains("Légende perdue");
    }

    @Test
    void hostileFileImportsNothingAndLeavesTheDraftsUntouched() throws Exception {
        run("banque.xml", res("accords-et-ponctuation.moodle.xml"));
        byte[] before = Files.readAllBytes(dir.resolve("drafts.json"));

        assertThatThrownBy(() -> run("banque.xml", res("hostile-pluginfile-path.xml")))
                .isInstanceOf(HostileInputException.class);

        assertThat(Files.readAllBytes(dir.resolve("drafts.json"))).isEqualTo(before);
    }

    @Test
    void questionsRemovedFromTheFileAreWithdrawn() {
        run("banque.gift", res("homophones.gift"));
        String smaller = "$CATEGORY: $course$/top/Orthographe/Homophones\n\n::a ou à::[html]Il {=a ~à ~as} mangé.\n";
        SyncReport report = run("banque.gift", new java.io.ByteArrayInputStream(smaller.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(report.count(Outcome.UNCHANGED)).isEqualTo(1);
        assertThat(report.count(Outcome.WITHDRAWN)).isEqualTo(7);
    }
}

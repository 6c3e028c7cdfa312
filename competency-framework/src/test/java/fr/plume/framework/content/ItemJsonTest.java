package fr.plume.framework.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ItemJsonTest {

    private static byte[] resource(String name) {
        try (InputStream in = ItemJsonTest.class.getResourceAsStream("/content/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aValidFileIsReadIntoItems() {
        ItemJson.FileResult result = ItemJson.read("1.3.json", resource("valid-1.3.json"));
        assertThat(result.problems()).isEmpty();
        assertThat(result.competency()).isEqualTo("1.3");
        assertThat(result.items()).hasSize(2);
        Item cloze = result.items().get(0);
        assertThat(cloze.type()).isEqualTo(ItemType.CLOZE);
        assertThat(cloze.competency()).isEqualTo("1.3");
        assertThat(cloze.matching()).isEqualTo(MatchingPolicy.DEFAULT);
        assertThat(cloze.rejectedExamples()).containsExactly("sont partis", "ont parti");
        assertThat(result.items().get(1).matching().foldLigatures()).isTrue();
    }

    @Test
    void writingThenReadingGivesTheSameItems() {
        List<Item> items = ItemJson.read("1.3.json", resource("valid-1.3.json")).items();
        String written = ItemJson.write("1.3", items);
        ItemJson.FileResult reread = ItemJson.read("1.3.json", written.getBytes(StandardCharsets.UTF_8));
        assertThat(reread.problems()).isEmpty();
        assertThat(reread.items()).isEqualTo(items);
    }

    @Test
    void everyProblemIsReportedWithItsJsonPointer() {
        ItemJson.FileResult result = ItemJson.read("broken.json", resource("broken.json"));
        assertThat(result.items()).isEmpty();
        assertThat(result.problems()).extracting(ItemProblem::pointer).contains(
                "/items/0/answer/correct",
                "/items/0/stem/fr",
                "/items/1/type",
                "/items/2/explanation/fr",
                "/items/3/answer/gaps",
                "/items/4/answer",
                "/items/5/colour");
        assertThat(result.problems()).allSatisfy(problem -> assertThat(problem.file()).isEqualTo("broken.json"));
        assertThat(result.problems()).filteredOn(problem -> problem.pointer().equals("/items/0/answer/correct"))
                .extracting(ItemProblem::message).first().asString().contains("out of range");
        assertThat(result.problems()).filteredOn(problem -> problem.pointer().equals("/items/4/answer"))
                .extracting(ItemProblem::message).first().asString().contains("distractor is accepted");
    }

    @Test
    void decomposedTextIsReportedAsNotNfc() {
        String valid = new String(resource("valid-1.3.json"), StandardCharsets.UTF_8);
        String decomposed = valid.replace("Complétez", Normalizer.normalize("Complétez", Normalizer.Form.NFD));
        ItemJson.FileResult result = ItemJson.read("1.3.json", decomposed.getBytes(StandardCharsets.UTF_8));
        assertThat(result.problems()).extracting(ItemProblem::pointer).containsExactly("/items/0/stem/fr");
        assertThat(result.problems().get(0).message()).contains("NFC");
    }

    @Test
    void invalidUtf8AndInvalidJsonAreReportedForTheWholeFile() {
        assertThat(ItemJson.read("x.json", new byte[] {'{', (byte) 0xC3, '}'}).problems())
                .extracting(ItemProblem::message).containsExactly("the file is not valid UTF-8");
        assertThat(ItemJson.read("x.json", "{\"items\": [".getBytes(StandardCharsets.UTF_8)).problems())
                .singleElement().extracting(ItemProblem::message).asString().startsWith("not valid JSON");
    }

    @Test
    void duplicateIdsAreReportedWithinAndAcrossFiles(@TempDir Path directory) throws IOException {
        String valid = new String(resource("valid-1.3.json"), StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("1.3.json"), valid);
        Files.writeString(directory.resolve("1.4.json"), valid.replace("\"1.3\"", "\"1.4\"").replace("1.3-f", "1.4-f"));
        ItemJson.BankResult bank = ItemJson.readDirectory(directory);
        assertThat(bank.problems()).extracting(ItemProblem::toString).containsExactlyInAnyOrder(
                "1.4.json#/items/0/id: duplicate id, also used in 1.3.json",
                "1.4.json#/items/1/id: duplicate id, also used in 1.3.json");

        String twice = valid.replace("2f1b6c1e-3a9d-4b7e-8c21-5d0e9f4a7b11", "9c0e4a52-8f3b-4d1e-a6b7-1c2d3e4f5a60");
        ItemJson.FileResult file = ItemJson.read("1.3.json", twice.getBytes(StandardCharsets.UTF_8));
        assertThat(file.problems()).extracting(ItemProblem::toString)
                .containsExactly("1.3.json#/items/1/id: duplicate id, also used at /items/0/id");
    }

    @Test
    void matchingFlagsAddedLaterAreReadWrittenAndDefaultedWhenAbsent() {
        String valid = new String(resource("valid-1.3.json"), StandardCharsets.UTF_8);
        String withNewFlags = valid.replace("\"ignoreFinalPunctuation\": false}",
                "\"ignoreFinalPunctuation\": false, \"acceptUnaccentedCapitals\": true, \"foldApostrophes\": false, \"foldDashes\": true}");
        List<Item> items = ItemJson.read("1.3.json", withNewFlags.getBytes(StandardCharsets.UTF_8)).items();
        MatchingPolicy read = items.get(1).matching();
        assertThat(read).isEqualTo(new MatchingPolicy(true, true, false, true, false, true));

        String written = ItemJson.write("1.3", items);
        assertThat(ItemJson.read("1.3.json", written.getBytes(StandardCharsets.UTF_8)).items().get(1).matching()).isEqualTo(read);

        MatchingPolicy withoutNewFlags = ItemJson.read("1.3.json", resource("valid-1.3.json")).items().get(1).matching();
        assertThat(withoutNewFlags).isEqualTo(MatchingPolicy.DEFAULT.withFoldLigatures(true));
    }
}

package fr.plume.tool.itembank.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.framework.content.Item;
import fr.plume.framework.content.ItemStatus;
import fr.plume.framework.content.ItemType;
import fr.plume.tool.itembank.domain.Author;
import fr.plume.tool.itembank.domain.ItemVersions;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

@ApplicationModuleTest
@ActiveProfiles("test")
class ImportQuestionsTest {

    private static final ImportQuestions.Settings SETTINGS = new ImportQuestions.Settings("1.1", 2, "");

    @Autowired
    ImportQuestions importQuestions;
    @Autowired
    ItemVersions versions;
    @Autowired
    JdbcClient jdbc;

    static byte[] file(String name) {
        try (InputStream in = ImportQuestionsTest.class.getResourceAsStream("/itembank/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each test imports as an author no other test uses, so the same file's questions are new to the bank. */
    private Author author;

    @BeforeEach
    void newAuthor() {
        author = Authors.someone("Awa");
    }

    private int storedVersions() {
        return jdbc.sql("SELECT count(*) FROM itembank_item_version").query(Integer.class).single();
    }

    @Test
    void thePreviewShowsWhatWillBeCreatedAndEachRowInErrorWithoutSavingAnything() {
        int before = storedVersions();

        ImportQuestions.Preview preview = importQuestions.preview(author, "accords.gift", file("accords.gift"), SETTINGS);

        assertThat(preview.format()).isEqualTo("gift");
        assertThat(preview.rows()).hasSize(3);
        assertThat(preview.rows()).filteredOn(ImportQuestions.Row::ok).extracting(row -> row.item().type())
                .containsExactly(ItemType.SINGLE_CHOICE, ItemType.SHORT_ANSWER);
        assertThat(preview.rows()).filteredOn(row -> !row.ok()).singleElement()
                .satisfies(row -> assertThat(row.name()).isEqualTo("Rédaction"));
        assertThat(preview.importable()).isFalse();
        assertThat(storedVersions()).isEqualTo(before);
    }

    @Test
    void aFileWithAnErrorIsRefusedWholeAndTheFixedFileImportsDrafts() {
        int before = storedVersions();
        assertThatThrownBy(() -> importQuestions.confirm(author, "accords.gift", file("accords.gift"), SETTINGS))
                .isInstanceOf(PlumeProblemException.class).hasMessage("ITEMBANK-IMPORT-ERRORS");
        assertThat(storedVersions()).isEqualTo(before);

        List<Item> imported = importQuestions.confirm(author, "accords-fixed.gift", file("accords-fixed.gift"), SETTINGS);

        assertThat(imported).hasSize(2).allMatch(item -> item.status() == ItemStatus.DRAFT && item.competency().equals("1.1"));
        assertThat(versions.latest(imported.get(0).id()).orElseThrow().author()).isEqualTo(author.key());
    }

    @Test
    void importingTheSameFileTwiceStoresNothingTheSecondTime() {
        importQuestions.confirm(author, "accords-fixed.gift", file("accords-fixed.gift"), SETTINGS);
        int before = storedVersions();

        assertThatThrownBy(() -> importQuestions.confirm(author, "accords-fixed.gift", file("accords-fixed.gift"), SETTINGS))
                .isInstanceOf(PlumeProblemException.class).hasMessage("ITEMBANK-IMPORT-DUPLICATE");
        assertThat(storedVersions()).isEqualTo(before);
    }

    @Test
    void aScriptInRichTextIsARowErrorAndNothingIsStored() {
        int before = storedVersions();

        ImportQuestions.Preview preview = importQuestions.preview(author, "script.gift", file("script.gift"), SETTINGS);

        assertThat(preview.rows()).singleElement().satisfies(row -> {
            assertThat(row.errorCode()).isEqualTo("ITEMBANK-UNSAFE-HTML");
            assertThat(row.details()).contains("<script>");
        });
        assertThatThrownBy(() -> importQuestions.confirm(author, "script.gift", file("script.gift"), SETTINGS))
                .isInstanceOf(PlumeProblemException.class).hasMessage("ITEMBANK-IMPORT-ERRORS");
        assertThat(storedVersions()).isEqualTo(before);
    }

    @Test
    void anExternalEntityIsRefusedAndNothingIsStored() {
        int before = storedVersions();

        assertThatThrownBy(() -> importQuestions.preview(author, "xxe.xml", file("xxe.xml"), SETTINGS))
                .isInstanceOf(PlumeProblemException.class).hasMessage("ITEMBANK-IMPORT-UNREADABLE");
        assertThatThrownBy(() -> importQuestions.confirm(author, "xxe.xml", file("xxe.xml"), SETTINGS))
                .isInstanceOf(PlumeProblemException.class).hasMessage("ITEMBANK-IMPORT-UNREADABLE");
        assertThat(storedVersions()).isEqualTo(before);
    }

    @Test
    void anOversizeFileIsRefusedBeforeItIsRead() {
        byte[] big = new byte[ImportQuestions.MAX_BYTES + 1];
        Arrays.fill(big, (byte) 'a');

        assertThatThrownBy(() -> importQuestions.preview(author, "big.gift", big, SETTINGS))
                .isInstanceOf(PlumeProblemException.class).hasMessage("ITEMBANK-IMPORT-TOO-BIG");
    }

    @Test
    void aMoodleXmlFileIsReadByItsContentWhateverItsName() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <quiz><question type="shortanswer"><name><text>Adverbe XML</text></name>
                <questiontext format="html"><text><![CDATA[<p>Écrivez « aujourd'hui ».</p>]]></text></questiontext>
                <answer fraction="100"><text>aujourd'hui</text></answer></question></quiz>
                """;

        ImportQuestions.Preview preview = importQuestions.preview(author, "questions.txt",
                xml.getBytes(StandardCharsets.UTF_8), SETTINGS);

        assertThat(preview.format()).isEqualTo("moodle-xml");
        assertThat(preview.rows()).singleElement().satisfies(row -> assertThat(row.ok()).isTrue());
    }

    @Test
    void theWorkbookTemplateImportsOneDraftPerTypeAndAWrongRowIsAnError() throws IOException {
        ImportQuestions.Preview template = importQuestions.preview(author, "plume-questions.xlsx",
                ItemWorkbook.template(), SETTINGS);

        assertThat(template.format()).isEqualTo("xlsx");
        assertThat(template.rows()).hasSize(ItemType.values().length).allMatch(ImportQuestions.Row::ok);

        byte[] wrong;
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(ItemWorkbook.template()));
                var out = new java.io.ByteArrayOutputStream()) {
            workbook.getSheet("Questions").getRow(1).getCell(0).setCellValue("QCM");
            workbook.write(out);
            wrong = out.toByteArray();
        }
        int before = storedVersions();
        ImportQuestions.Preview preview = importQuestions.preview(author, "questions.xlsx", wrong, SETTINGS);

        assertThat(preview.rows().get(0).ok()).isFalse();
        assertThat(preview.rows().get(0).details()).singleElement().asString().contains("QCM");
        assertThatThrownBy(() -> importQuestions.confirm(author, "questions.xlsx", wrong, SETTINGS))
                .isInstanceOf(PlumeProblemException.class).hasMessage("ITEMBANK-IMPORT-ERRORS");
        assertThat(storedVersions()).isEqualTo(before);
        assertThat(importQuestions.confirm(author, "plume-questions.xlsx", ItemWorkbook.template(), SETTINGS))
                .hasSize(ItemType.values().length).allMatch(item -> item.status() == ItemStatus.DRAFT);
    }
}

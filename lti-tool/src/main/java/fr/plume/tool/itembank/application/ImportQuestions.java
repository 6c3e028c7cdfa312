package fr.plume.tool.itembank.application;

import fr.plume.framework.content.Item;
import fr.plume.framework.content.ItemSelfCheck;
import fr.plume.sync.format.DraftItem;
import fr.plume.sync.format.DraftToItem;
import fr.plume.sync.format.FormatException;
import fr.plume.sync.format.GiftReader;
import fr.plume.sync.format.InputLimits;
import fr.plume.sync.format.MoodleXmlReader;
import fr.plume.sync.format.QuestionImport;
import fr.plume.sync.i18n.Phrase;
import fr.plume.tool.itembank.domain.Author;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a question file (Moodle XML or GIFT, read by moodle-sync's readers) as draft items.
 * First a preview: every question with what it will become or why it cannot (row-level errors);
 * then, only when no row has an error, the import itself, all items or none. Rich text with
 * anything the allow-list drops (a script, an event handler) is an error, never silently cleaned.
 */
@Component
public class ImportQuestions {

    private static final Logger log = LoggerFactory.getLogger(ImportQuestions.class);

    /** The largest question file accepted (a file of a few hundred questions is far below). */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final InputLimits LIMITS = new InputLimits(MAX_BYTES, 1024 * 1024, 64, 256 * 1024, 1, 100);

    private final EditItem editItem;

    public ImportQuestions(EditItem editItem) {
        this.editItem = editItem;
    }

    /**
     * One question of the file.
     *
     * @param item  the draft it becomes, null when it cannot
     * @param error why it cannot (a phrase of the readers, or a problem code of the bundles), null when it can
     */
    public record Row(int number, String name, Item item, Phrase error, String errorCode, List<String> details) {
        public boolean ok() {
            return item != null;
        }
    }

    public record Preview(String format, List<Row> rows) {
        public boolean importable() {
            return !rows.isEmpty() && rows.stream().allMatch(Row::ok);
        }

        public long errors() {
            return rows.stream().filter(row -> !row.ok()).count();
        }
    }

    /** @param competency and {@code level}: given to every question of the file */
    public record Settings(String competency, int level, String licence) {
    }

    public Preview preview(Author author, String fileName, byte[] content, Settings settings) {
        if (content.length == 0) {
            throw new PlumeProblemException("ITEMBANK-IMPORT-EMPTY", 400);
        }
        if (content.length > MAX_BYTES) {
            throw new PlumeProblemException("ITEMBANK-IMPORT-TOO-BIG", 413, MAX_BYTES / (1024 * 1024));
        }
        if (ItemWorkbook.looksLikeWorkbook(content)) {
            return workbookPreview(author, content);
        }
        boolean xml = looksLikeXml(content);
        QuestionImport read;
        try {
            read = xml ? new MoodleXmlReader(LIMITS).read("import", new ByteArrayInputStream(content))
                    : new GiftReader(LIMITS).read("import", new ByteArrayInputStream(content));
        } catch (FormatException e) {
            log.info("event=itembank.import-refused format={} reason=unreadable", xml ? "moodle-xml" : "gift");
            throw new PlumeProblemException("ITEMBANK-IMPORT-UNREADABLE", 422, e.phrase().french());
        }
        List<Row> rows = new ArrayList<>();
        int number = 0;
        for (DraftItem draft : read.items()) {
            rows.add(row(++number, author, draft, settings));
        }
        for (QuestionImport.Skipped skipped : read.skipped()) {
            rows.add(new Row(++number, skipped.name(), null, skipped.why(), null, List.of()));
        }
        return new Preview(xml ? "moodle-xml" : "gift", List.copyOf(rows));
    }

    /** Imports every question as a draft, or nothing when any row has an error. */
    @Transactional
    public List<Item> confirm(Author author, String fileName, byte[] content, Settings settings) {
        Preview preview = preview(author, fileName, content, settings);
        if (!preview.importable()) {
            throw new PlumeProblemException("ITEMBANK-IMPORT-ERRORS", 422, preview.errors());
        }
        List<Item> items = preview.rows().stream().map(Row::item).toList();
        editItem.insertDrafts(author, items);
        log.info("event=itembank.imported format={} items={}", preview.format(), items.size());
        return items;
    }

    /** Each row of the workbook built as the item editor builds an item (same checks, same messages). */
    private Preview workbookPreview(Author author, byte[] content) {
        List<Row> rows = new ArrayList<>();
        for (ItemWorkbook.WorkbookRow row : ItemWorkbook.read(content)) {
            String name = "#" + row.number();
            if (row.form() == null) {
                rows.add(new Row(row.number(), name, null, null, "ITEMBANK-IMPORT-CHECK", List.of(row.problem())));
                continue;
            }
            UUID id = UUID.nameUUIDFromBytes((author.key() + "/xlsx/" + row.form().hashCode()).getBytes(StandardCharsets.UTF_8));
            ItemForm.Built built = row.form().build(id, "plume-" + id.toString().substring(0, 13), 1, List.of(author.name()));
            rows.add(built.valid() ? new Row(row.number(), name, built.item(), null, null, List.of())
                    : new Row(row.number(), name, null, null, "ITEMBANK-IMPORT-CHECK", built.problems()));
        }
        return new Preview("xlsx", List.copyOf(rows));
    }

    private Row row(int number, Author author, DraftItem draft, Settings settings) {
        List<String> unsafe = new ArrayList<>();
        unsafe.addAll(RichText.clean(draft.stem()).removed());
        unsafe.addAll(RichText.clean(draft.generalFeedback()).removed());
        draft.choices().forEach(choice -> unsafe.addAll(RichText.clean(choice.text()).removed()));
        if (!unsafe.isEmpty()) {
            return new Row(number, draft.name(), null, null, "ITEMBANK-UNSAFE-HTML", List.copyOf(unsafe));
        }
        String competency = draft.competencies().isEmpty() ? settings.competency() : draft.competencies().get(0).code();
        UUID origin = UUID.nameUUIDFromBytes(author.key().getBytes(StandardCharsets.UTF_8));
        DraftToItem.Mapping mapping = DraftToItem.map(origin, draft, competency, settings.level(),
                settings.licence() == null || settings.licence().isBlank() ? ItemForm.DEFAULT_LICENCE : settings.licence(),
                List.of(author.name()));
        if (!mapping.mapped()) {
            return new Row(number, draft.name(), null, null, mapping.refusal(), List.of());
        }
        List<String> problems = ItemSelfCheck.problems(mapping.item());
        if (!problems.isEmpty()) {
            return new Row(number, draft.name(), null, null, "ITEMBANK-IMPORT-CHECK", problems);
        }
        return new Row(number, draft.name(), mapping.item(), null, null, List.of());
    }

    private static boolean looksLikeXml(byte[] content) {
        String start = new String(content, 0, Math.min(content.length, 200), StandardCharsets.UTF_8).stripLeading();
        if (start.startsWith("\uFEFF")) {
            start = start.substring(1);
        }
        return start.startsWith("<");
    }
}

package fr.plume.framework.format.csv;

import fr.plume.framework.format.CsvFormulaGuard;
import fr.plume.framework.format.moodle.MoodleRecord;
import fr.plume.framework.format.moodle.MoodleRecords;
import fr.plume.framework.format.moodle.MoodleScale;
import fr.plume.framework.model.Framework;
import fr.plume.framework.model.LevelDescriptor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static fr.plume.framework.format.csv.MoodleCsvColumns.*;

/**
 * Writes a framework as Moodle's competency framework CSV: one framework row, then each domain (top-level
 * competency) followed by its competencies, in order, so Moodle keeps that order. Identities, shortnames and
 * descriptions are those of {@link MoodleRecords}, the same as the web-service push. Every cell goes through
 * {@link CsvFormulaGuard}. Output is deterministic.
 */
public final class MoodleCsvWriter {

    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    private MoodleCsvWriter() {
    }

    /** With the default proficiency threshold, {@link MoodleScale#DEFAULT_PROFICIENT_FROM}. */
    public static byte[] write(Framework framework) {
        return write(framework, MoodleScale.DEFAULT_PROFICIENT_FROM);
    }

    /** @param proficientFrom first level Moodle counts as proficient (the site's setting) */
    public static byte[] write(Framework framework, int proficientFrom) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            print(printer, HEADER);
            print(printer, frameworkRow(MoodleRecords.framework(framework), proficientFrom));
            for (MoodleRecord competency : MoodleRecords.competencies(framework)) {
                print(printer, competencyRow(competency));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void print(CSVPrinter printer, List<String> cells) throws IOException {
        printer.printRecord(cells.stream().map(CsvFormulaGuard::neutralise).toList());
    }

    private static List<String> frameworkRow(MoodleRecord framework, int proficientFrom) {
        String[] cells = recordCells(framework);
        cells[SCALE_VALUES] = MoodleScale.levelScaleValues();
        cells[SCALE_CONFIGURATION] = MoodleScale.configuration(MoodleScale.CSV_SCALE_ID, LevelDescriptor.MAX_LEVEL, proficientFrom);
        cells[IS_FRAMEWORK] = "1";
        cells[TAXONOMY] = MoodleScale.TAXONOMIES;
        return Arrays.asList(cells);
    }

    private static List<String> competencyRow(MoodleRecord competency) {
        String[] cells = recordCells(competency);
        cells[RULE_OUTCOME] = "0";
        cells[RULE_CONFIG] = "null";
        return Arrays.asList(cells);
    }

    private static String[] recordCells(MoodleRecord record) {
        String[] cells = new String[COUNT];
        Arrays.fill(cells, "");
        cells[PARENT_IDNUMBER] = record.parentIdnumber();
        cells[IDNUMBER] = record.idnumber();
        cells[SHORTNAME] = record.shortname();
        cells[DESCRIPTION] = record.description();
        cells[DESCRIPTION_FORMAT] = FORMAT_HTML;
        return cells;
    }
}

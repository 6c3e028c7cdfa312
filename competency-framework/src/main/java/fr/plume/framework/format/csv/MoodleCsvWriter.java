package fr.plume.framework.format.csv;

import fr.plume.framework.model.Competency;
import fr.plume.framework.model.Domain;
import fr.plume.framework.model.Framework;
import fr.plume.framework.model.LevelDescriptor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static fr.plume.framework.format.csv.MoodleCsvColumns.*;

/**
 * Writes a framework as Moodle's competency framework CSV: one framework row, then each domain (top-level
 * competency) followed by its competencies, in order, so Moodle keeps that order. Output is deterministic.
 */
public final class MoodleCsvWriter {

    /** Moodle's taxonomy of the two Plume tree levels. */
    static final String TAXONOMY_VALUE = "domain,competency";
    /** Levels at and above this are "proficient" in Moodle's scale configuration. */
    static final int PROFICIENT_FROM_LEVEL = 3;

    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    private MoodleCsvWriter() {
    }

    public static byte[] write(Framework framework) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(HEADER);
            printer.printRecord(frameworkRow(framework));
            for (Domain domain : framework.domains()) {
                printer.printRecord(row("", domain.idnumber().toString(), shortname(domain.code(), domain.title().fr()),
                        description("domain", domain.code(), domain.title(), domain.description(), List.of())));
                for (Competency competency : domain.competencies()) {
                    printer.printRecord(row(domain.idnumber().toString(), competency.idnumber().toString(),
                            shortname(competency.code(), competency.title().fr()),
                            description("competency", competency.code(), competency.title(), competency.description(),
                                    competency.levels())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> frameworkRow(Framework framework) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("idnumber", framework.idnumber().toString());
        attributes.put("code", framework.code());
        attributes.put("version", framework.version());
        attributes.put("licence", framework.licence());
        boolean shortened = length(framework.title().fr()) > MAX_LENGTH;
        String[] cells = emptyRow();
        cells[IDNUMBER] = truncate(framework.code());
        cells[SHORTNAME] = truncate(framework.title().fr());
        cells[DESCRIPTION] = DescriptionHtml.write("framework", attributes, framework.title(), shortened,
                framework.description(), List.of());
        cells[DESCRIPTION_FORMAT] = FORMAT_HTML;
        cells[SCALE_VALUES] = IntStream.rangeClosed(LevelDescriptor.MIN_LEVEL, LevelDescriptor.MAX_LEVEL)
                .mapToObj(level -> "Niveau " + level).collect(Collectors.joining(","));
        cells[SCALE_CONFIGURATION] = scaleConfiguration();
        cells[IS_FRAMEWORK] = "1";
        cells[TAXONOMY] = TAXONOMY_VALUE;
        return Arrays.asList(cells);
    }

    /** Moodle's JSON scale configuration: the scale (replaced by Moodle on import), then default and proficient values. */
    static String scaleConfiguration() {
        List<String> entries = new ArrayList<>();
        entries.add("{\"scaleid\":\"0\"}");
        for (int level = LevelDescriptor.MIN_LEVEL; level <= LevelDescriptor.MAX_LEVEL; level++) {
            entries.add("{\"id\":" + level + ",\"scaledefault\":" + (level == LevelDescriptor.MIN_LEVEL ? 1 : 0)
                    + ",\"proficient\":" + (level >= PROFICIENT_FROM_LEVEL ? 1 : 0) + "}");
        }
        return "[" + String.join(",", entries) + "]";
    }

    private static List<String> row(String parent, String idnumber, String shortname, String description) {
        String[] cells = emptyRow();
        cells[PARENT_IDNUMBER] = parent;
        cells[IDNUMBER] = idnumber;
        cells[SHORTNAME] = shortname;
        cells[DESCRIPTION] = description;
        cells[DESCRIPTION_FORMAT] = FORMAT_HTML;
        cells[RULE_OUTCOME] = "0";
        cells[RULE_CONFIG] = "null";
        cells[RELATED_IDNUMBERS] = IdNumberList.encode(List.of());
        return Arrays.asList(cells);
    }

    private static String description(String kind, String code, fr.plume.framework.model.LocalizedText title,
                                      fr.plume.framework.model.LocalizedText description, List<LevelDescriptor> levels) {
        boolean shortened = length(code + " " + title.fr()) > MAX_LENGTH;
        return DescriptionHtml.write(kind, Map.of("code", code), title, shortened, description, levels);
    }

    static String shortname(String code, String frenchTitle) {
        return truncate(code + " " + frenchTitle);
    }

    /** Cuts to Moodle's 100 characters (counted as Unicode characters, like Moodle), ending with "…". */
    static String truncate(String text) {
        if (length(text) <= MAX_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH - 1)) + "…";
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static String[] emptyRow() {
        String[] cells = new String[COUNT];
        Arrays.fill(cells, "");
        return cells;
    }
}

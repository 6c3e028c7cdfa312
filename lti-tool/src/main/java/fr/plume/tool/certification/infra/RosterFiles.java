package fr.plume.tool.certification.infra;

import fr.plume.tool.certification.domain.Roster;
import fr.plume.tool.certification.domain.RosterReader;
import fr.plume.tool.certification.domain.RosterRules;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Rosters from CSV (comma or semicolon, as French spreadsheets write it, UTF-8 with or without
 * BOM or else Windows-1252, simple double quotes) or XLSX (first sheet, cells as displayed).
 */
@Component
class RosterFiles implements RosterReader {

    @Override
    public Roster read(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        try {
            return name.endsWith(".xlsx") ? xlsx(content) : csv(content);
        } catch (IOException | RuntimeException e) {
            return new Roster(List.of(), List.of(new Roster.Problem(1, "", "UNREADABLE")));
        }
    }

    private static Roster xlsx(byte[] content) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            Map<Integer, List<String>> rows = new LinkedHashMap<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                if (cells.stream().anyMatch(s -> !s.isBlank())) {
                    rows.put(row.getRowNum() + 1, cells);
                }
            }
            return RosterRules.checkSheet(rows);
        }
    }

    private static Roster csv(byte[] content) {
        String text = decoded(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] rawLines = text.split("\r\n|\n|\r", -1);
        Map<Integer, List<String>> bySemicolon = rows(rawLines, ';');
        if (RosterRules.hasHeader(bySemicolon)) {
            return RosterRules.checkSheet(bySemicolon);
        }
        Map<Integer, List<String>> byComma = rows(rawLines, ',');
        return RosterRules.checkSheet(RosterRules.hasHeader(byComma) || !text.contains(";") ? byComma : bySemicolon);
    }

    private static Map<Integer, List<String>> rows(String[] rawLines, char separator) {
        Map<Integer, List<String>> rows = new LinkedHashMap<>();
        for (int i = 0; i < rawLines.length; i++) {
            if (!rawLines[i].isBlank()) {
                rows.put(i + 1, fields(rawLines[i], separator));
            }
        }
        return rows;
    }

    /**
     * UTF-8 when the bytes are UTF-8; otherwise Windows-1252, which a French Excel writes for
     * "CSV (séparateur : point-virgule)": read as UTF-8, "Hélène" would reach a certificate as "H�l�ne".
     */
    private static String decoded(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, Charset.forName("windows-1252"));
        }
    }

    private static List<String> fields(String line, char separator) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == separator && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}

package fr.plume.tool.dashboard.domain;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.List;

/**
 * Writes dashboard tables as files people open in a spreadsheet program. Every text cell is
 * neutralised against formula injection; moments are shown in {@code zone}.
 */
public interface ClassSpreadsheets {

    /** One sheet per table, header row frozen, cells typed (numbers, dates, booleans, text). */
    void xlsx(List<ClassTable> tables, ZoneId zone, OutputStream out) throws IOException;

    /** UTF-8 with a byte order mark (so spreadsheet programs read accents right), comma separated. */
    void csv(ClassTable table, ZoneId zone, OutputStream out) throws IOException;
}

package fr.plume.tool.assessment.engine.sim;

import fr.plume.tool.assessment.engine.ItemParameters;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads and writes banks as CSV lines {@code itemId,competency,family,a,b,accessible}; a header is optional. */
public final class BankCsv {

    public static final String HEADER = "itemId,competency,family,a,b,accessible";

    private BankCsv() {
    }

    public static List<ItemParameters> read(BufferedReader reader) throws IOException {
        List<ItemParameters> items = new ArrayList<>();
        String line;
        int lineNumber = 0;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")
                    || (lineNumber == 1 && trimmed.toLowerCase(Locale.ROOT).startsWith("itemid"))) {
                continue;
            }
            String[] fields = trimmed.split(",", -1);
            if (fields.length != 6) {
                throw new IllegalArgumentException("line " + lineNumber + ": expected 6 fields (" + HEADER + ")");
            }
            try {
                items.add(new ItemParameters(fields[0].strip(), fields[1].strip(), fields[2].strip(),
                        Double.parseDouble(fields[3].strip()), Double.parseDouble(fields[4].strip()),
                        Boolean.parseBoolean(fields[5].strip())));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + lineNumber + ": " + e.getMessage(), e);
            }
        }
        return items;
    }

    public static void write(List<ItemParameters> items, Writer writer) throws IOException {
        writer.write(HEADER + "\n");
        for (ItemParameters item : items) {
            writer.write(String.format(Locale.ROOT, "%s,%s,%s,%.4f,%.4f,%s%n", item.itemId(), item.competencyCode(),
                    item.familyId(), item.a(), item.b(), item.accessible()));
        }
    }
}

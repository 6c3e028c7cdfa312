package fr.plume.framework.format.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The comma-separated idnumber lists of Moodle's CSV ("relatedidnumbers"): a comma inside an idnumber is written
 * {@code %2C}, as Moodle's export does and its import expects.
 */
public final class IdNumberList {

    private static final String ESCAPED_COMMA = "%2C";

    private IdNumberList() {
    }

    public static String encode(List<String> idnumbers) {
        return idnumbers.stream().map(id -> id.replace(",", ESCAPED_COMMA)).collect(Collectors.joining(","));
    }

    public static List<String> decode(String list) {
        List<String> idnumbers = new ArrayList<>();
        if (list == null || list.isEmpty()) {
            return idnumbers;
        }
        for (String part : list.split(",", -1)) {
            if (!part.isEmpty()) {
                idnumbers.add(part.replace(ESCAPED_COMMA, ","));
            }
        }
        return idnumbers;
    }
}

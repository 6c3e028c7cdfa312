package fr.plume.tool.dashboard.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One view of the dashboard as a table for exports: a name (the sheet's), headers, and rows of typed
 * values: {@link String}, {@link Number}, {@link Boolean}, {@link java.time.Instant}, or null (empty).
 */
public record ClassTable(String view, String name, List<String> headers, List<List<Object>> rows) {

    public ClassTable {
        headers = List.copyOf(headers);
        rows = Collections.unmodifiableList(new ArrayList<>(rows));
    }
}

package fr.plume.tool.demo.domain;

import java.util.List;

/**
 * Moodle's {@code limit}/{@code from} paging: no limit (or a non-positive one) returns
 * everything; otherwise the slice from {@code from}, and a next page when more remain.
 */
public record Paging(int limit, int from) {

    public Paging {
        from = Math.max(0, from);
    }

    public boolean paged() {
        return limit > 0;
    }

    public <T> List<T> slice(List<T> all) {
        if (!paged()) {
            return all;
        }
        if (from >= all.size()) {
            return List.of();
        }
        return all.subList(from, Math.min(all.size(), from + limit));
    }

    public boolean hasNext(int total) {
        return paged() && from + limit < total;
    }

    public int nextFrom() {
        return from + limit;
    }

    public static int parse(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

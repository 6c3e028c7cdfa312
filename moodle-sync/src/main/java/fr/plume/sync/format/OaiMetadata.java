package fr.plume.sync.format;

import java.util.List;

/**
 * Descriptive metadata common to oai_dc and LOM/LOMFR, already flattened.
 *
 * @param alignments values that state a competency explicitly (LOM classification taxon ids
 *                   and entries, dc:subject/dc:relation values prefixed {@code plume:})
 */
public record OaiMetadata(String title, String description, String url, String language, String licence,
                          List<String> keywords, List<String> authors, String kind, List<String> alignments) {

    public OaiMetadata {
        keywords = List.copyOf(keywords);
        authors = List.copyOf(authors);
        alignments = List.copyOf(alignments);
    }
}

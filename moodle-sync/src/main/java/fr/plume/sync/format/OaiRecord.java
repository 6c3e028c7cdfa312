package fr.plume.sync.format;

import java.util.List;

/**
 * One record of an OAI-PMH ListRecords reply (OAI-PMH 2.0 §2.5): its header, and its metadata
 * unless the header says {@code status="deleted"}.
 */
public record OaiRecord(String identifier, String datestamp, boolean deleted, List<String> setSpecs,
                        OaiMetadata metadata) {
}

package fr.plume.sync.format;

import java.util.List;
import java.util.Optional;

/** One ListRecords reply: its records and the resumption token of the next page, if any. */
public record OaiPage(List<OaiRecord> records, Optional<String> resumptionToken, Optional<Long> completeListSize) {

    public OaiPage {
        records = List.copyOf(records);
    }
}

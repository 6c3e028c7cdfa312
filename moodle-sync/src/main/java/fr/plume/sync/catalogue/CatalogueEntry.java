package fr.plume.sync.catalogue;

/** A catalogue row as the store keeps it; a withdrawn resource stays, marked, with the reason. */
public record CatalogueEntry(HarvestedResource resource, boolean withdrawn, String withdrawalReason) {

    public String contentHash() {
        return resource.contentHash();
    }
}

package fr.plume.tool.catalogue.api;

import fr.plume.sync.catalogue.CatalogueStore;

/**
 * moodle-sync's catalogue port over the tool's database: the harvest jobs the tool runs write
 * through it (source id + content hash, upsert, withdraw; idempotent).
 */
public interface OpenResourceStore extends CatalogueStore {
}

package fr.plume.tool.itembank.domain;

import java.util.Optional;

/** Files of module pages, stored once by the SHA-256 of their content. */
public interface StoredFiles {

    record StoredFile(String sha256, String mediaType, byte[] content) {
    }

    void store(String sha256, String mediaType, byte[] content);

    Optional<StoredFile> find(String sha256);
}

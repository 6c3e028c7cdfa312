package fr.plume.sync.job;

import java.net.URI;
import java.util.Optional;

/**
 * An OAI-PMH repository to harvest.
 *
 * @param name           origin name in the catalogue (e.g. "fun-mooc")
 * @param baseUrl        the repository's base URL (verbs are appended as query parameters)
 * @param metadataPrefix {@code oai_dc}, {@code lom} or {@code lomfr}
 * @param set            optional setSpec
 */
public record OaiSource(String name, URI baseUrl, String metadataPrefix, Optional<String> set) {
}

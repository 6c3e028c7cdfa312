package fr.plume.sync.format;

/**
 * A file embedded in a question ({@code @@PLUGINFILE@@/name}). Only its name and size are kept:
 * the name is a label, never a filesystem path, and the bytes are not imported.
 */
public record AttachmentRef(String name, long approximateBytes) {
}

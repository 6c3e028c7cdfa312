package fr.plume.sync.format;

/**
 * Caps applied by every reader.
 *
 * @param maxInputBytes       whole file (after decompression for zipped inputs)
 * @param maxEmbeddedFileBytes one base64 {@code <file>} element, decoded size
 * @param maxDepth            XML element nesting
 * @param maxTextChars        one text node
 * @param maxZipEntries       entries of a zipped input
 * @param maxCompressionRatio uncompressed/compressed ratio above which a zip is treated as a bomb
 */
public record InputLimits(long maxInputBytes, long maxEmbeddedFileBytes, int maxDepth, int maxTextChars,
                          int maxZipEntries, int maxCompressionRatio) {

    public static final InputLimits DEFAULT = new InputLimits(200L << 20, 20L << 20, 64, 4 << 20, 1000, 100);
}

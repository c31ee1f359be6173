package io.github.bpsconnector.metadata.io;

/**
 * The bounds an import keeps to, so that no input file can make it hang or run out of memory. A file over a byte
 * limit ends the import with a {@link MetadataImportException}; a sheet over a row, column or cell limit ends in
 * {@link ImportReport} errors. Immutable.
 *
 * @param maxFileBytes         the largest input file (XLSX, or one CSV/TSV file), checked before it is opened
 * @param maxUncompressedBytes the most an XLSX may inflate to, all its parts together (zip-bomb guard)
 * @param maxZipEntries        the most parts an XLSX may hold
 * @param minInflateRatio      the smallest compressed-to-inflated size ratio an XLSX part may have once it is over
 *                             1 MiB (0.01 allows 100:1 compression, as Apache POI does by default)
 * @param maxRows              the most non-blank data rows per sheet or file (the header is not counted)
 * @param maxColumns           the most cells per row
 * @param maxCellChars         the longest cell, in characters (32,767 is Excel's own limit)
 * @param maxProblems          the most problems listed in a report (all errors are still counted)
 */
public record ImportLimits(long maxFileBytes, long maxUncompressedBytes, int maxZipEntries, double minInflateRatio,
                           int maxRows, int maxColumns, int maxCellChars, int maxProblems) {

    /**
     * The defaults: 20 MiB files, 64 MiB inflated, 1,000 parts, ratio 0.01, 10,000 rows, 256 columns, 32,767
     * characters per cell, 1,000 problems listed.
     */
    public static final ImportLimits DEFAULT = new ImportLimits(20L << 20, 64L << 20, 1_000, 0.01, 10_000, 256,
            32_767, 1_000);

    /** @throws IllegalArgumentException when a limit is not positive, or the ratio is not in [0, 1) */
    public ImportLimits {
        if (maxFileBytes <= 0 || maxUncompressedBytes <= 0 || maxZipEntries <= 0 || maxRows <= 0 || maxColumns <= 0
                || maxCellChars <= 0 || maxProblems <= 0) {
            throw new IllegalArgumentException("Import limits must be positive");
        }
        if (!(minInflateRatio >= 0 && minInflateRatio < 1)) {
            throw new IllegalArgumentException("minInflateRatio must be in [0, 1): " + minInflateRatio);
        }
    }

    /** These limits with another row limit. */
    public ImportLimits withMaxRows(int rows) {
        return new ImportLimits(maxFileBytes, maxUncompressedBytes, maxZipEntries, minInflateRatio, rows, maxColumns,
                maxCellChars, maxProblems);
    }

    /** These limits with another cell length limit. */
    public ImportLimits withMaxCellChars(int chars) {
        return new ImportLimits(maxFileBytes, maxUncompressedBytes, maxZipEntries, minInflateRatio, maxRows,
                maxColumns, chars, maxProblems);
    }

    /** These limits with another file size limit. */
    public ImportLimits withMaxFileBytes(long bytes) {
        return new ImportLimits(bytes, maxUncompressedBytes, maxZipEntries, minInflateRatio, maxRows, maxColumns,
                maxCellChars, maxProblems);
    }

    /** These limits with another inflated size limit for XLSX. */
    public ImportLimits withMaxUncompressedBytes(long bytes) {
        return new ImportLimits(maxFileBytes, bytes, maxZipEntries, minInflateRatio, maxRows, maxColumns,
                maxCellChars, maxProblems);
    }
}

package io.github.bpsconnector.metadata.io;

import io.github.bpsconnector.metadata.MetadataPackage;

import java.util.List;
import java.util.Objects;

/**
 * What an import produced: one {@link MetadataPackage} per MS-Keg row, with the MS-Var and MS-Ind rows linked to it
 * by {@code judul_kegiatan}, and the report of every problem found. A package is here only if none of its rows has
 * an error; after a sheet-level error (missing sheet, too many rows, ...) no package is. Completeness of the forms
 * is not checked here: that is the validator's job. Immutable.
 *
 * @param packages the packages imported without error, in MS-Keg row order
 * @param report   every problem found
 */
public record ImportResult(List<MetadataPackage> packages, ImportReport report) {

    /** Copies the list. */
    public ImportResult {
        packages = List.copyOf(packages);
        Objects.requireNonNull(report, "report");
    }

    /** Whether the whole input was imported: no error anywhere. */
    public boolean isComplete() {
        return !report.hasErrors();
    }
}

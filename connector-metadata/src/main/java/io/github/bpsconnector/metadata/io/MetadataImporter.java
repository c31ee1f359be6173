package io.github.bpsconnector.metadata.io;

import io.github.bpsconnector.metadata.MetadataPackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Imports MS-Keg, MS-Var and MS-Ind from the template that {@link MetadataTemplates} writes: an XLSX workbook with
 * the sheets of {@link TemplateSheet}, or a directory of CSV or TSV files named after them. Each {@code ms_kegiatan}
 * row becomes one {@link MetadataPackage}; rows of the other sheets join it by {@code judul_kegiatan}.
 *
 * <p>Nothing in the input can make an import hang, run out of memory or throw from deep inside a library: problems
 * inside a readable input are listed in the {@link ImportReport} (sheet, row, column, value, message in
 * Indonesian); an input that cannot be read at all ends in a {@link MetadataImportException}. Bounds are set by
 * {@link ImportLimits}. Formulas are never evaluated. The template format is described in
 * {@code docs/import.md}.
 *
 * <p>Immutable and thread-safe.
 */
public final class MetadataImporter {

    private static final Logger LOG = LoggerFactory.getLogger(MetadataImporter.class);

    private final ImportLimits limits;

    /** An importer with {@link ImportLimits#DEFAULT}. */
    public MetadataImporter() {
        this(ImportLimits.DEFAULT);
    }

    /** An importer with the given limits. */
    public MetadataImporter(ImportLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Imports an XLSX workbook.
     *
     * @throws MetadataImportException when the file is missing, too large, not an XLSX, encrypted, an old .xls, or
     *                                 inflates beyond the limits
     */
    public ImportResult importXlsx(Path file) {
        ProblemCollector problems = new ProblemCollector(limits.maxProblems());
        Map<TemplateSheet, RawSheet> sheets = new XlsxSheetReader(limits, problems).read(file);
        return assemble(InputFiles.name(file), sheets, TemplateSheet::sheetName, problems);
    }

    /**
     * Imports the CSV files of a directory ({@code ms_kegiatan.csv}, {@code ms_variabel.csv}, ...), UTF-8, split at
     * {@code ,} or {@code ;} (detected per file from its header line).
     *
     * @throws MetadataImportException when the directory cannot be read or a file is too large
     */
    public ImportResult importCsv(Path directory) {
        return importDelimited(directory, DelimitedSheetReader.Format.CSV);
    }

    /**
     * Imports the TSV files of a directory ({@code ms_kegiatan.tsv}, ...), UTF-8 (or UTF-16 with a byte order mark),
     * split at tabs.
     *
     * @throws MetadataImportException when the directory cannot be read or a file is too large
     */
    public ImportResult importTsv(Path directory) {
        return importDelimited(directory, DelimitedSheetReader.Format.TSV);
    }

    /**
     * Imports whatever {@code path} is: an {@code .xlsx}/{@code .xlsm} file, or a directory holding
     * {@code ms_kegiatan.tsv} (then TSV) or otherwise CSV files.
     *
     * @throws MetadataImportException as the method for that format
     */
    public ImportResult importPath(Path path) {
        if (Files.isDirectory(path)) {
            boolean tsv = Files.exists(path.resolve(TemplateSheet.MS_KEGIATAN.sheetName() + ".tsv"));
            return tsv ? importTsv(path) : importCsv(path);
        }
        return importXlsx(path);
    }

    /** The limits this importer keeps to. */
    public ImportLimits limits() {
        return limits;
    }

    private ImportResult importDelimited(Path directory, DelimitedSheetReader.Format format) {
        ProblemCollector problems = new ProblemCollector(limits.maxProblems());
        Map<TemplateSheet, RawSheet> sheets = new DelimitedSheetReader(limits, problems).read(directory, format);
        return assemble(InputFiles.name(directory), sheets, format::fileName, problems);
    }

    private ImportResult assemble(String input, Map<TemplateSheet, RawSheet> sheets,
                                  Function<TemplateSheet, String> sourceName, ProblemCollector problems) {
        List<MetadataPackage> packages = new PackageAssembler(problems, limits.maxCellChars())
                .assemble(sheets, sourceName);
        ImportResult result = new ImportResult(packages, problems.report());
        LOG.debug("Imported {}: {} package(s), {} error(s), {} problem(s) listed", input, packages.size(),
                result.report().errorCount(), result.report().problems().size());
        return result;
    }
}

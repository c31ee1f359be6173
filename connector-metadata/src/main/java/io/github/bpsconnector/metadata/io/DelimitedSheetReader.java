package io.github.bpsconnector.metadata.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the template's CSV or TSV files from a directory: {@code ms_kegiatan.csv}, {@code ms_variabel.csv}, ...
 * (file names compared ignoring case). CSV files are split at {@code ,} or {@code ;}, whichever the header line
 * uses more; TSV files at tabs. Text is decoded strictly ({@link DecodedText}).
 */
final class DelimitedSheetReader {

    /** The two kinds of delimited files. */
    enum Format {
        CSV("csv"), TSV("tsv");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        String fileName(TemplateSheet sheet) {
            return sheet.sheetName() + "." + extension;
        }
    }

    private final ImportLimits limits;
    private final ProblemCollector problems;

    DelimitedSheetReader(ImportLimits limits, ProblemCollector problems) {
        this.limits = limits;
        this.problems = problems;
    }

    /**
     * @throws MetadataImportException when the directory cannot be read or a file is too large
     */
    Map<TemplateSheet, RawSheet> read(Path directory, Format format) {
        Map<String, Path> files = list(directory);
        Map<TemplateSheet, RawSheet> sheets = new EnumMap<>(TemplateSheet.class);
        for (TemplateSheet sheet : TemplateSheet.values()) {
            Path file = files.get(format.fileName(sheet));
            if (file != null) {
                sheets.put(sheet, readFile(file, format));
            }
        }
        return sheets;
    }

    private static Map<String, Path> list(Path directory) {
        String name = InputFiles.name(directory);
        if (!Files.isDirectory(directory)) {
            throw new MetadataImportException(MetadataImportException.Reason.UNREADABLE, name,
                    "Not a directory: " + name, null);
        }
        Map<String, Path> files = new HashMap<>();
        try (Stream<Path> entries = Files.list(directory)) {
            entries.forEach(p -> files.putIfAbsent(InputFiles.name(p).toLowerCase(Locale.ROOT), p));
        } catch (IOException | UncheckedIOException e) {
            throw new MetadataImportException(MetadataImportException.Reason.UNREADABLE, name,
                    "Cannot list " + name, e);
        }
        return files;
    }

    RawSheet readFile(Path file, Format format) {
        String source = InputFiles.name(file);
        DecodedText decoded = DecodedText.decode(InputFiles.readAll(file, limits.maxFileBytes()));
        char delimiter = format == Format.TSV ? '\t' : CsvReader.detectDelimiter(decoded.text());
        CsvReader.Result result = new CsvReader(limits.maxRows() + 1, limits.maxColumns(), limits.maxCellChars())
                .read(decoded.text(), delimiter);
        if (result.tooManyRecords()) {
            problems.sheet(ImportProblemKind.TOO_MANY_ROWS, source, "berkas memiliki lebih dari " + limits.maxRows()
                    + " baris data; pecah menjadi beberapa berkas");
        }
        if (result.unclosedQuoteRow() > 0) {
            problems.add(new ImportProblem(ImportProblemKind.UNCLOSED_QUOTE, source, result.unclosedQuoteRow(), null,
                    null, null, "tanda kutip (\") dibuka di baris ini tetapi tidak pernah ditutup; sisa berkas "
                    + "terbaca sebagai satu sel"));
        }
        List<RawRow> rows = new ArrayList<>(result.records().size());
        for (CsvReader.Record record : result.records()) {
            List<RawCell> cells = new ArrayList<>(record.fields().size());
            for (CsvReader.Field field : record.fields()) {
                cells.add(toCell(field, decoded));
            }
            rows.add(new RawRow(record.number(), cells, record.tooManyColumns()));
        }
        return new RawSheet(source, rows, result.tooManyRecords() || result.unclosedQuoteRow() > 0);
    }

    private static RawCell toCell(CsvReader.Field field, DecodedText decoded) {
        if (field.truncated()) {
            return new RawCell(field.text(), RawCell.Issue.TOO_LONG);
        }
        if (decoded.hasMalformed() && decoded.hasMalformed(field.start(), field.end())) {
            return new RawCell(field.text(), RawCell.Issue.BAD_ENCODING);
        }
        return RawCell.of(field.text());
    }
}

package io.github.bpsconnector.examples.cli;

import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.code.FormVersion;
import io.github.bpsconnector.metadata.io.ImportResult;
import io.github.bpsconnector.metadata.io.MetadataImportException;
import io.github.bpsconnector.metadata.io.MetadataImporter;
import io.github.bpsconnector.metadata.json.MalformedMetadataJsonException;
import io.github.bpsconnector.metadata.json.MetadataJson;
import io.github.bpsconnector.metadata.json.MetadataJsonException;
import io.github.bpsconnector.metadata.rules.MetadataValidator;
import io.github.bpsconnector.metadata.rules.ProducerLevel;
import io.github.bpsconnector.metadata.rules.Severity;
import io.github.bpsconnector.metadata.rules.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code validate <file>}: imports a metadata file (canonical JSON, XLSX, or a folder of CSV/TSV files), prints the
 * import report and the validation report of every kegiatan in Indonesian, and exits by the worst finding:
 * {@link ExitCodes#OK} clean, {@link ExitCodes#WARNINGS} warnings only, {@link ExitCodes#ERRORS} errors,
 * {@link ExitCodes#UNREADABLE} input that cannot be read.
 */
@Command(name = "validate",
        description = {
            "Memeriksa metadata (MS-Keg, MS-Var, MS-Ind) terhadap aturan Perban BPS 5/2020 sebelum dikirim.",
            "Masukan: berkas .json (format kanonik), .xlsx, atau folder berisi berkas CSV/TSV templat.",
            "Kode keluar: 0 bersih, 1 hanya peringatan, 2 ada kesalahan, 3 berkas tidak dapat dibaca."
        })
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<berkas>", description = "Berkas .json/.xlsx atau folder CSV/TSV.")
    Path input;

    @Option(names = "--tingkat", paramLabel = "<tingkat>",
            description = "Tingkat produsen data: ${COMPLETION-CANDIDATES} (bawaan: tidak ditentukan).")
    ProducerLevel producerLevel;

    @Option(names = "--formulir", paramLabel = "<versi>", defaultValue = "PERBAN_5_2020",
            description = "Versi formulir: ${COMPLETION-CANDIDATES} (bawaan: ${DEFAULT-VALUE}).")
    FormVersion formVersion;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<MetadataPackage> packages;
        int worst = ExitCodes.OK;
        try {
            if (isJson(input)) {
                packages = List.of(MetadataJson.readPackage(input));
            } else {
                ImportResult imported = new MetadataImporter().importPath(input);
                out.println(imported.report().format());
                worst = imported.report().hasErrors() ? ExitCodes.ERRORS
                        : imported.report().warnings().isEmpty() ? ExitCodes.OK : ExitCodes.WARNINGS;
                packages = imported.packages();
            }
        } catch (MetadataImportException e) {
            out.println("Berkas " + e.fileName() + " tidak dapat dibaca: " + e.reason().label() + ".");
            return ExitCodes.UNREADABLE;
        } catch (MalformedMetadataJsonException e) {
            out.println("Berkas " + input.getFileName() + " bukan JSON yang utuh (baris " + e.line() + ", kolom "
                    + e.column() + ").");
            return ExitCodes.UNREADABLE;
        } catch (MetadataJsonException e) {
            out.println("GALAT " + input.getFileName() + " " + e.path() + " (baris " + e.line() + ", kolom "
                    + e.column() + "): isian tidak sesuai format kanonik: " + e.getMessage());
            return ExitCodes.ERRORS;
        } catch (IOException e) {
            out.println("Berkas " + input.getFileName() + " tidak dapat dibaca: " + e.getClass().getSimpleName()
                    + ".");
            return ExitCodes.UNREADABLE;
        }
        if (packages.isEmpty()) {
            out.println("Tidak ada kegiatan yang dapat diperiksa.");
            return Math.max(worst, ExitCodes.ERRORS);
        }
        MetadataValidator validator = MetadataValidator.builder()
                .producerLevel(producerLevel).formVersion(formVersion).build();
        for (MetadataPackage pkg : packages) {
            ValidationReport report = validator.validate(pkg);
            out.println();
            out.println("== Kegiatan: " + titleOf(pkg));
            out.println(report.toText());
            worst = Math.max(worst, exitCodeOf(report));
        }
        out.flush();
        return worst;
    }

    /** The exit code a validation report deserves: errors 2, warnings 1, otherwise 0 (INFO is advice only). */
    static int exitCodeOf(ValidationReport report) {
        return report.highestSeverity().map(s -> s == Severity.ERROR ? ExitCodes.ERRORS
                : s == Severity.WARNING ? ExitCodes.WARNINGS : ExitCodes.OK).orElse(ExitCodes.OK);
    }

    private static boolean isJson(Path path) {
        return !Files.isDirectory(path) && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private static String titleOf(MetadataPackage pkg) {
        String title = pkg.activity().title();
        return title == null ? "(tanpa judul)" : title;
    }
}

package io.github.bpsconnector.examples.cli;

import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.code.FormVersion;
import io.github.bpsconnector.metadata.rules.MetadataValidator;
import io.github.bpsconnector.metadata.rules.ProducerLevel;
import io.github.bpsconnector.metadata.rules.Severity;
import io.github.bpsconnector.metadata.rules.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
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
        MetadataInput read = MetadataInput.read(input, out);
        if (read.unreadable()) {
            out.flush();
            return read.exitCode();
        }
        List<MetadataPackage> packages = read.packages();
        int worst = read.exitCode();
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

    private static String titleOf(MetadataPackage pkg) {
        String title = pkg.activity().title();
        return title == null ? "(tanpa judul)" : title;
    }
}

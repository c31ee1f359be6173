package io.github.bpsconnector.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpsconnector.testkit.sample.SamplePackages;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.json.MetadataJson;
import io.github.bpsconnector.metadata.rules.MetadataValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    private static final LocalDate TODAY = LocalDate.now(MetadataValidator.JAKARTA);

    @TempDir
    Path dir;

    private final MetadataPackage clean = SamplePackages.DINKES.toPackage(TODAY);

    @Test
    void aCleanPackageExitsZero() throws IOException {
        Path file = write("bersih.json", clean);

        Cli run = Cli.run("validate", file.toString());

        assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("== Kegiatan: " + SamplePackages.DINKES.title())
                .contains("Hasil validasi: tidak ada temuan.");
    }

    @Test
    void warningsOnlyExitOne() throws IOException {
        // E2: a recurring activity should not carry its year in the title
        SamplePackages withYear = SamplePackages.DINKES.retitled(SamplePackages.DINKES.title() + " " + TODAY.getYear());
        Path file = write("peringatan.json", withYear.toPackage(TODAY));

        Cli run = Cli.run("validate", file.toString());

        assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCodes.WARNINGS);
        assertThat(run.out()).contains("PERINGATAN").doesNotContain("KESALAHAN");
    }

    @Test
    void errorsExitTwoAndNameTheField() throws IOException {
        MetadataPackage noSector = clean.toBuilder()
                .activity(clean.activity().toBuilder().sector(null).build()).build();
        Path file = write("galat.json", noSector);

        Cli run = Cli.run("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERRORS);
        assertThat(run.out()).contains("KESALAHAN [REQ-KEG-SEKTOR] msKeg.sector");
    }

    @Test
    void aWrongCanonicalValueIsAnErrorNamingItsPath() throws IOException {
        Path file = dir.resolve("kode.json");
        Files.writeString(file, "{\"activity\": {\"title\": \"Survei\", \"sector\": \"BUKAN_SEKTOR\"}}");

        Cli run = Cli.run("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERRORS);
        assertThat(run.out()).contains("/activity/sector");
    }

    @Test
    void unreadableInputExitsThree() throws IOException {
        Path notXlsx = dir.resolve("bukan.xlsx");
        Files.write(notXlsx, "ini bukan buku kerja".getBytes(StandardCharsets.UTF_8));
        Path brokenJson = dir.resolve("rusak.json");
        Files.writeString(brokenJson, "{\"activity\": {");

        Cli missing = Cli.run("validate", dir.resolve("tidak-ada.xlsx").toString());
        Cli garbage = Cli.run("validate", notXlsx.toString());
        Cli broken = Cli.run("validate", brokenJson.toString());

        assertThat(missing.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(missing.out()).contains("tidak ditemukan atau tidak dapat dibaca");
        assertThat(garbage.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(garbage.out()).contains("bukan buku kerja Excel");
        assertThat(broken.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(broken.out()).contains("bukan JSON yang utuh");
        assertThat(missing.err() + garbage.err() + broken.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void templatesAreWrittenAndAnEmptyTemplateHasNothingToCheck() {
        Cli template = Cli.run("template", dir.toString());

        assertThat(template.exitCode()).isZero();
        assertThat(dir.resolve(TemplateCommand.XLSX_NAME)).isRegularFile();
        assertThat(dir.resolve("csv/ms_kegiatan.csv")).isRegularFile();
        assertThat(dir.resolve("csv/ms_variabel.csv")).isRegularFile();
        assertThat(dir.resolve("csv/ms_indikator.csv")).isRegularFile();

        Cli xlsx = Cli.run("validate", dir.resolve(TemplateCommand.XLSX_NAME).toString());
        Cli csv = Cli.run("validate", dir.resolve("csv").toString());

        assertThat(xlsx.exitCode()).as(xlsx.out()).isEqualTo(ExitCodes.ERRORS);
        assertThat(xlsx.out()).contains("Tidak ada kegiatan yang dapat diperiksa.");
        assertThat(csv.exitCode()).as(csv.out()).isEqualTo(ExitCodes.ERRORS);
    }

    @Test
    void aFilledCsvFolderIsImportedAndValidated() throws IOException {
        Cli.run("template", dir.toString());
        Path csv = dir.resolve("csv");
        append(csv.resolve("ms_kegiatan.csv"), "Survei Contoh Kabupaten Jember");

        Cli run = Cli.run("validate", csv.toString());

        assertThat(run.out()).contains("Impor").contains("== Kegiatan: Survei Contoh Kabupaten Jember")
                .contains("KESALAHAN");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERRORS);
    }

    private static void append(Path csvFile, String title) throws IOException {
        // the template holds only the header line; judul_kegiatan is its first column
        String header = Files.readString(csvFile, StandardCharsets.UTF_8);
        assertThat(header).contains("judul_kegiatan");
        Files.writeString(csvFile, header + title + "\r\n", StandardCharsets.UTF_8);
    }

    private Path write(String name, MetadataPackage pkg) throws IOException {
        Path file = dir.resolve(name);
        MetadataJson.write(pkg, file);
        return file;
    }
}

package io.github.bpsconnector.examples.cli;

import io.github.bpsconnector.core.journal.FileJournal;
import io.github.bpsconnector.examples.config.ConnectorConfig;
import io.github.bpsconnector.examples.config.Portal;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.romantik.BerkasKind;
import io.github.bpsconnector.romantik.PengajuanDetail;
import io.github.bpsconnector.romantik.PengajuanSummary;
import io.github.bpsconnector.romantik.ReviewNote;
import io.github.bpsconnector.romantik.RomantikClient;
import io.github.bpsconnector.romantik.SupportingFiles;
import io.github.bpsconnector.romantik.SuratRekomendasiDownload;
import io.github.bpsconnector.romantik.check.ProfileCheck;
import io.github.bpsconnector.romantik.check.ProfileCheckReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code romantik ...}: a Produsen Data's (or the Walidata's) work on Romantik, one account at a time. */
@Command(name = "romantik",
        description = "Portal Romantik (rekomendasi kegiatan statistik): daftar, status, pengajuan, surat.",
        subcommands = {
            RomantikCommand.ListCommand.class,
            RomantikCommand.StatusCommand.class,
            RomantikCommand.SubmitCommand.class,
            RomantikCommand.DownloadLetterCommand.class,
            RomantikCommand.UploadKomitmenCommand.class,
            RomantikCommand.CheckProfileCommand.class
        })
public final class RomantikCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** What every subcommand that logs in shares: the account, its client and journal, the output. */
    abstract static class WithClient implements Callable<Integer> {

        @Mixin
        ConfigOption options;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        ConnectorConfig config;

        @Override
        public final Integer call() throws Exception {
            config = options.config();
            var account = options.account(config, Portal.ROMANTIK);
            try (FileJournal journal = FileJournal.open(config.journalFile());
                    RomantikClient romantik = RomantikClients.of(config, account, journal)) {
                int code = run(romantik, spec.commandLine().getOut());
                spec.commandLine().getOut().flush();
                return code;
            }
        }

        abstract int run(RomantikClient romantik, PrintWriter out) throws Exception;
    }

    /** {@code romantik list}: the account's Daftar Pengajuan. */
    @Command(name = "list", description = "Daftar pengajuan akun ini (id, tahun, status, judul).")
    static final class ListCommand extends WithClient {

        @Option(names = "--tahun", paramLabel = "<tahun>", description = "Hanya tahun ini.")
        Integer tahun;

        @Override
        int run(RomantikClient romantik, PrintWriter out) {
            out.printf("%-8s %-5s %-22s %s%n", "ID", "TAHUN", "STATUS", "JUDUL");
            for (PengajuanSummary p : romantik.list(tahun)) {
                out.printf("%-8d %-5d %-22s %s%n", p.id(), p.tahun(), p.status(), p.judul());
            }
            return ExitCodes.OK;
        }
    }

    /** {@code romantik status <id>}: one pengajuan's statuses and catatan. */
    @Command(name = "status", description = "Status satu pengajuan: tiga kolom status dan catatan pemeriksa.")
    static final class StatusCommand extends WithClient {

        @Parameters(index = "0", paramLabel = "<id>", description = "Id pengajuan.")
        long id;

        @Override
        int run(RomantikClient romantik, PrintWriter out) {
            PengajuanDetail d = romantik.detail(id);
            out.println("Pengajuan " + d.id() + ": " + d.judul() + " (" + d.tahun() + ")");
            out.println("Status: " + d.status() + " (status pengajuan / Walidata / perbaikan: "
                    + d.labels().statusPengajuan() + " / " + d.labels().statusWalidata() + " / "
                    + (d.labels().statusPerbaikan().isEmpty() ? "-" : d.labels().statusPerbaikan()) + ")");
            if (d.nomorRekomendasi() != null && !d.nomorRekomendasi().isBlank()) {
                out.println("Identitas Rekomendasi: " + d.nomorRekomendasi());
            }
            for (ReviewNote note : d.catatan()) {
                out.println("  " + note.tanggal() + " " + note.peran() + " " + note.keputusan() + ": "
                        + note.catatan());
            }
            return ExitCodes.OK;
        }
    }

    /** {@code romantik submit <package> --kak <pdf> --kuesioner <pdf>}: SOP steps 1 and 2. */
    @Command(name = "submit", description = {
        "Mengajukan rekomendasi (langkah 1-2): formulir dari MS-Keg, KAK dan kuesioner di Blok IX, lalu kirim.",
        "Diperiksa lebih dulu; tidak pernah mengirim dua kali (dicari menurut judul, tahun, instansi)."})
    static final class SubmitCommand extends WithClient {

        @Parameters(index = "0", paramLabel = "<berkas>", description = "Metadata satu kegiatan (.json/.xlsx/folder).")
        Path input;

        @Option(names = "--kak", paramLabel = "<pdf>", required = true, description = "Kerangka Acuan Kerja (PDF).")
        Path kak;

        @Option(names = "--kuesioner", paramLabel = "<pdf>", description = "Rancangan kuesioner (PDF; wajib survei).")
        Path kuesioner;

        @Override
        int run(RomantikClient romantik, PrintWriter out) {
            MetadataInput read = MetadataInput.read(input, out);
            if (read.packages().size() != 1) {
                out.println(read.unreadable() ? "" : "Berkas harus berisi tepat satu kegiatan, ada "
                        + read.packages().size() + ".");
                return read.unreadable() ? ExitCodes.UNREADABLE : ExitCodes.ERRORS;
            }
            MetadataPackage pkg = read.packages().get(0);
            SupportingFiles files = SupportingFiles.of(BerkasKind.KAK, kak);
            if (kuesioner != null) {
                files = files.with(BerkasKind.KUESIONER, kuesioner);
            }
            long id = romantik.submit(pkg, files);
            out.println("Pengajuan " + id + " terkirim: " + romantik.detail(id).status());
            return ExitCodes.OK;
        }
    }

    /** {@code romantik unduh-surat <id>}: SOP step 6, the Surat Rekomendasi. */
    @Command(name = "unduh-surat", description = "Mengunduh Surat Rekomendasi (langkah 6) ke documents.dir.")
    static final class DownloadLetterCommand extends WithClient {

        @Parameters(index = "0", paramLabel = "<id>", description = "Id pengajuan.")
        long id;

        @Override
        int run(RomantikClient romantik, PrintWriter out) throws Exception {
            SuratRekomendasiDownload surat = romantik.downloadSuratRekomendasi(id,
                    Files.createDirectories(config.documentsDir()));
            out.println("Surat Rekomendasi disimpan: " + surat.download().path() + " (sha256 "
                    + surat.download().sha256() + ")");
            out.println("Identitas Rekomendasi: " + surat.letter().identitasRekomendasi().text() + ", hasil "
                    + surat.letter().hasil());
            return ExitCodes.OK;
        }
    }

    /** {@code romantik unggah-komitmen <id> <pdf>}: SOP step 7. */
    @Command(name = "unggah-komitmen", description = "Mengunggah Surat Komitmen (langkah 7); tidak diulang bila sudah ada.")
    static final class UploadKomitmenCommand extends WithClient {

        @Parameters(index = "0", paramLabel = "<id>", description = "Id pengajuan.")
        long id;

        @Parameters(index = "1", paramLabel = "<pdf>", description = "Surat Komitmen (PDF, paling besar 5 MB).")
        Path pdf;

        @Override
        int run(RomantikClient romantik, PrintWriter out) {
            romantik.uploadSuratKomitmen(id, pdf);
            out.println("Surat Komitmen diunggah: " + romantik.detail(id).status());
            return ExitCodes.OK;
        }
    }

    /** {@code romantik check-profile <pages|har>...}: the profile against pages saved from the live portal. */
    @Command(name = "check-profile", description = {
        "Memeriksa profil Romantik terhadap halaman tersimpan (.html), ekspor HAR atau PDF surat dari portal asli.",
        "Tidak membaca cookie, header, isian formulir atau nilai query. Kode keluar 1 bila ada yang tidak cocok."})
    static final class CheckProfileCommand implements Callable<Integer> {

        @Parameters(arity = "1..*", paramLabel = "<berkas>", description = "Folder halaman, berkas .har/.html/.pdf.")
        List<Path> files;

        @Option(names = "--config", paramLabel = "<berkas>", description = "Berkas konfigurasi (romantik.profile).")
        Path configFile;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            var profile = configFile == null ? io.github.bpsconnector.romantik.RomantikProfile.defaults()
                    : RomantikClients.profile(ConnectorConfig.load(configFile));
            ProfileCheckReport report;
            try {
                report = new ProfileCheck(profile).check(expand(files));
            } catch (java.io.UncheckedIOException | IllegalArgumentException e) {
                out.println("Berkas tidak dapat dibaca sebagai halaman, HAR atau PDF: " + e.getMessage());
                out.flush();
                return ExitCodes.UNREADABLE;
            }
            out.print(report.toText());
            out.flush();
            return report.findings(ProfileCheckReport.Result.MISSING).isEmpty() ? ExitCodes.OK : ExitCodes.WARNINGS;
        }

        /** The files given, with each folder replaced by the files in it. */
        private static List<Path> expand(List<Path> given) {
            List<Path> all = new java.util.ArrayList<>();
            for (Path path : given) {
                if (Files.isDirectory(path)) {
                    try (var inside = Files.list(path)) {
                        inside.filter(Files::isRegularFile).sorted().forEach(all::add);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                } else {
                    all.add(path);
                }
            }
            return all;
        }
    }
}

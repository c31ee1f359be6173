package io.github.bpsconnector.metadata.io;

import io.github.bpsconnector.core.error.Delivery;
import io.github.bpsconnector.core.error.PortalException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Files that cannot be imported at all end in a typed exception, quickly and without exhausting memory. */
class HostileXlsxTest {

    private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
            + "http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType="
            + "\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd."
            + "openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>";

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path bomb;

    /** An XLSX-looking zip of a few kilobytes whose sheet inflates to 64 MiB of white space. */
    @BeforeAll
    static void buildZipBomb() throws IOException {
        bomb = shared.resolve("bomb.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.setLevel(9);
            entry(zip, "[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write("<worksheet><sheetData>".getBytes(StandardCharsets.US_ASCII));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 64; i++) {
                zip.write(spaces);
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static MetadataImportException importFails(Path file, ImportLimits limits) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> new MetadataImporter(limits).importXlsx(file));
        assertThat(thrown).isInstanceOf(MetadataImportException.class);
        return (MetadataImportException) thrown;
    }

    @Test
    void aZipBombIsRefusedFastByItsCompressionRatio() throws IOException {
        assertThat(Files.size(bomb)).isLessThan(1 << 20);

        MetadataImportException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> importFails(bomb, ImportLimits.DEFAULT));

        assertThat(e.reason()).isEqualTo(MetadataImportException.Reason.ZIP_BOMB);
        assertThat(e.getMessage()).contains("compresses more than 1:100");
    }

    @Test
    void aZipBombIsAlsoRefusedByTheInflatedSizeLimit() {
        ImportLimits noRatio = new ImportLimits(20L << 20, 8L << 20, 1_000, 0, 10_000, 256, 32_767, 1_000);

        MetadataImportException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> importFails(bomb, noRatio));

        assertThat(e.reason()).isEqualTo(MetadataImportException.Reason.ZIP_BOMB);
        assertThat(e.getMessage()).contains("more than " + (8L << 20) + " bytes");
    }

    @Test
    void aZipWithTooManyPartsIsRefused() throws IOException {
        Path file = dir.resolve("parts.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < 30; i++) {
                entry(zip, "part" + i + ".xml", new byte[] {'<', 'a', '/', '>'});
            }
        }
        ImportLimits limits = new ImportLimits(1 << 20, 1 << 20, 20, 0.01, 10, 10, 100, 10);

        assertThat(importFails(file, limits).reason()).isEqualTo(MetadataImportException.Reason.ZIP_BOMB);
    }

    @Test
    void anEntityExpansionBombInASheetIsRefused() throws IOException {
        Path valid = TestInput.valid().writeXlsx(dir.resolve("asli.xlsx"));
        Path file = dir.resolve("entitas.xlsx");
        StringBuilder doctype = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY e0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            doctype.append("<!ENTITY e").append(i).append(" \"").append(("&e" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        doctype.append("]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&e9;</t></is></c></row></sheetData>"
                + "</worksheet>");
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(valid.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] content = e.getName().equals("xl/worksheets/sheet1.xml")
                        ? doctype.toString().getBytes(StandardCharsets.UTF_8)
                        : in.getInputStream(e).readAllBytes();
                entry(out, e.getName(), content);
            }
        }

        MetadataImportException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> importFails(file, ImportLimits.DEFAULT));

        assertThat(e.reason()).isEqualTo(MetadataImportException.Reason.UNREADABLE);
        assertThat(e.getMessage()).as("POI refuses any DOCTYPE").contains("DOCTYPE is disallowed");
    }

    @Test
    void randomBytesNamedXlsxAreRefused() throws IOException {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        Path file = Files.write(dir.resolve("acak.xlsx"), noise);

        MetadataImportException e = importFails(file, ImportLimits.DEFAULT);

        assertThat(e.reason()).isEqualTo(MetadataImportException.Reason.NOT_XLSX);
        assertThat(e.fileName()).isEqualTo("acak.xlsx");
    }

    @Test
    void aZipThatIsNoWorkbookIsRefused() throws IOException {
        Path file = dir.resolve("arsip.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "catatan.txt", "bukan buku kerja".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(importFails(file, ImportLimits.DEFAULT).reason())
                .isEqualTo(MetadataImportException.Reason.NOT_XLSX);
    }

    @Test
    void aDamagedWorkbookIsRefusedWithATypedException() throws IOException {
        Path file = dir.resolve("rusak.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            entry(zip, "_rels/.rels", ("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>").getBytes(StandardCharsets.UTF_8));
            entry(zip, "xl/workbook.xml", "<workbook><sheets><sheet".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(importFails(file, ImportLimits.DEFAULT).reason())
                .isIn(MetadataImportException.Reason.UNREADABLE, MetadataImportException.Reason.NOT_XLSX);
    }

    @Test
    void anEncryptedWorkbookIsNamedAsSuch() throws Exception {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("ms_kegiatan");
            workbook.write(plain);
        }
        Path file = dir.resolve("terkunci.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
            encryptor.confirmPassword("kata-sandi-uji");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(plain.toByteArray());
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }

        MetadataImportException e = importFails(file, ImportLimits.DEFAULT);

        assertThat(e.reason()).isEqualTo(MetadataImportException.Reason.ENCRYPTED);
        assertThat(e.reason().label()).contains("kata sandi");
    }

    @Test
    void anOldXlsWorkbookIsNamedAsSuch() throws IOException {
        Path file = dir.resolve("lama.xlsx");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("ms_kegiatan");
            workbook.write(out);
        }

        assertThat(importFails(file, ImportLimits.DEFAULT).reason())
                .isEqualTo(MetadataImportException.Reason.LEGACY_XLS);
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsOpened() throws IOException {
        Path file = TestInput.valid().writeXlsx(dir.resolve("besar.xlsx"));

        MetadataImportException e = importFails(file, ImportLimits.DEFAULT.withMaxFileBytes(1_000));

        assertThat(e.reason()).isEqualTo(MetadataImportException.Reason.TOO_LARGE);
    }

    @Test
    void aMissingFileOrDirectoryIsUnreadable() {
        MetadataImporter importer = new MetadataImporter();

        assertThat(importFails(dir.resolve("tidak-ada.xlsx"), ImportLimits.DEFAULT).reason())
                .isEqualTo(MetadataImportException.Reason.UNREADABLE);
        assertThatThrownBy(() -> importer.importCsv(dir.resolve("tidak-ada")))
                .isInstanceOfSatisfying(MetadataImportException.class,
                        e -> assertThat(e.reason()).isEqualTo(MetadataImportException.Reason.UNREADABLE));
    }

    @Test
    void aCsvFileOverTheSizeLimitIsRefused() throws IOException {
        Files.writeString(dir.resolve("ms_kegiatan.csv"), "judul_kegiatan\n" + "x\n".repeat(1_000));

        assertThatThrownBy(() -> new MetadataImporter(ImportLimits.DEFAULT.withMaxFileBytes(500)).importCsv(dir))
                .isInstanceOfSatisfying(MetadataImportException.class,
                        e -> assertThat(e.reason()).isEqualTo(MetadataImportException.Reason.TOO_LARGE));
    }

    @Test
    void theExceptionIsALocalPortalExceptionThatSentNothing() throws IOException {
        Path file = Files.write(dir.resolve("kosong.xlsx"), new byte[0]);

        MetadataImportException e = importFails(file, ImportLimits.DEFAULT);

        assertThat(e).isInstanceOf(PortalException.class);
        assertThat(e.portal()).isEqualTo("local");
        assertThat(e.operation()).isEqualTo("import");
        assertThat(e.delivery()).isEqualTo(Delivery.NOT_SENT);
        assertThat(e.retryable()).isFalse();
        assertThat(e.getMessage()).contains("kosong.xlsx").doesNotContain(dir.toString());
    }
}

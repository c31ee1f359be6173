package io.github.bpsconnector.benchmarks.reliability;

import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.file.FileType;
import io.github.bpsconnector.core.file.SafeFileName;
import io.github.bpsconnector.core.file.UploadFile;
import io.github.bpsconnector.metadata.io.MetadataImporter;
import io.github.bpsconnector.metadata.io.MetadataTemplates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Hostile file names, files offered as PDF uploads, and broken spreadsheets offered to the importer. */
final class FileCorpus {

    private static final ErrorContext UPLOAD = ErrorContext.of("romantik", "berkas.unggah");
    private static final long MAX_UPLOAD = 5L * 1024 * 1024;

    private FileCorpus() {
    }

    static List<String> hostileNames() {
        List<String> names = new ArrayList<>(List.of("", " ", ".", "..", "...", "/", "\\", "../../etc/passwd",
                "..\\..\\Windows\\system32\\cmd.exe", "C:\\Users\\x\\surat.pdf", "surat.pdf\u0000.exe",
                "surat\r\nSet-Cookie: a=b.pdf", "CON", "con.txt", "NUL.pdf", "COM1", "LPT9.doc", "AUX .pdf",
                "\u202Efdp.exe", "surat\u200B.pdf", "\uD800.pdf", "\uDC00\uD800", "   .pdf   ", ".hidden",
                "a:b*c?d\"e<f>g|h.pdf", "\t\n", "é".repeat(300) + ".pdf", "x".repeat(1000), "x".repeat(250) + "."
                + "y".repeat(20), "😀".repeat(100) + ".pdf", "Surat Rekomendasi.PDF", "file:///etc/passwd",
                "%2e%2e%2fetc%2fpasswd", "surat.pdf.", "surat.pdf ", "\u0130stanbul.pdf", "ﬁle.pdf",
                "e\u0301.pdf", "／etc／passwd", "..／..／x"));
        for (int c = 0; c < 32; c += 4) {
            names.add("kontrol" + (char) c + "karakter.pdf");
        }
        return names;
    }

    static List<BadInput> cases(Path dir) throws IOException {
        List<BadInput> cases = new ArrayList<>();
        for (String name : hostileNames()) {
            cases.add(new BadInput("file name", printable(name), () -> requireSafe(name)));
        }
        cases.addAll(uploads(dir.resolve("uploads")));
        cases.addAll(imports(dir.resolve("imports")));
        return cases;
    }

    /** Sanitises {@code name} and checks the rules a safe name must follow. */
    private static Optional<String> requireSafe(String name) {
        Optional<String> safe = SafeFileName.sanitize(name);
        safe.ifPresent(s -> {
            boolean unsafe = s.isEmpty() || s.contains("/") || s.contains("\\") || s.startsWith(".")
                    || s.getBytes(StandardCharsets.UTF_8).length > SafeFileName.MAX_UTF8_BYTES
                    || s.chars().anyMatch(c -> c < 32 || "\"*:<>?|".indexOf(c) >= 0);
            if (unsafe) {
                throw new IllegalStateException("unsafe name produced: " + printable(s));
            }
        });
        return safe;
    }

    private static List<BadInput> uploads(Path dir) throws IOException {
        Files.createDirectories(dir);
        byte[] pdfHead = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        List<Object[]> files = List.of(
                new Object[] {"empty.pdf", new byte[0]},
                new Object[] {"html-as.pdf", "<html><body>bukan PDF</body></html>".getBytes(StandardCharsets.UTF_8)},
                new Object[] {"png-as.pdf", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}},
                new Object[] {"zip-as.pdf", new byte[] {'P', 'K', 3, 4, 0, 0}},
                new Object[] {"short-magic.pdf", "%PD".getBytes(StandardCharsets.US_ASCII)},
                new Object[] {"lower-case.pdf", "%pdf-1.4".getBytes(StandardCharsets.US_ASCII)},
                new Object[] {"leading-space.pdf", " %PDF-1.4".getBytes(StandardCharsets.US_ASCII)},
                new Object[] {"too-large.pdf", Arrays.copyOf(pdfHead, (int) MAX_UPLOAD + 1)},
                new Object[] {"truncated.pdf", pdfHead},
                new Object[] {"CON.pdf", pdfHead},
                new Object[] {"..pdf", pdfHead},
                new Object[] {"exe-as.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0}});
        List<BadInput> cases = new ArrayList<>();
        for (Object[] file : files) {
            Path path = dir.resolve((String) file[0]);
            Files.write(path, (byte[]) file[1]);
            cases.add(new BadInput("PDF upload", (String) file[0],
                    () -> UploadFile.check(UPLOAD, path, MAX_UPLOAD, FileType.PDF)));
        }
        cases.add(new BadInput("PDF upload", "missing file",
                () -> UploadFile.check(UPLOAD, dir.resolve("nothing.pdf"), MAX_UPLOAD, FileType.PDF)));
        cases.add(new BadInput("PDF upload", "a folder",
                () -> UploadFile.check(UPLOAD, dir, MAX_UPLOAD, FileType.PDF)));
        return cases;
    }

    private static List<BadInput> imports(Path dir) throws IOException {
        Files.createDirectories(dir);
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        MetadataTemplates.writeXlsx(template);
        byte[] xlsx = template.toByteArray();
        List<BadInput> cases = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            cases.add(xlsx(dir, "template truncated to " + i + "/9", Arrays.copyOf(xlsx, xlsx.length * i / 9)));
        }
        cases.add(xlsx(dir, "empty", new byte[0]));
        cases.add(xlsx(dir, "text", "judul,tahun\nSurvei,2025\n".getBytes(StandardCharsets.UTF_8)));
        cases.add(xlsx(dir, "zip without workbook", zip("readme.txt", new byte[10])));
        cases.add(xlsx(dir, "zip of 200 MB of zeros", zip("xl/workbook.xml", null)));
        cases.add(xlsx(dir, "flipped bytes", flip(xlsx)));
        cases.add(xlsx(dir, "the unfilled template", xlsx));

        String header = "judul_kegiatan,tahun,jenis_kegiatan\n";
        cases.add(csv(dir, "empty sheet", ""));
        cases.add(csv(dir, "header only", header));
        cases.add(csv(dir, "formula injection", header + "=HYPERLINK(\"http://x\"),2025,SURVEI\n"));
        cases.add(csv(dir, "unbalanced quote", header + "\"Survei,2025,SURVEI\n"));
        cases.add(csv(dir, "wrong columns", "a;b;c\n1;2;3\n"));
        cases.add(csv(dir, "Latin-1 bytes", new String(new byte[] {(byte) 0xe9, ',', '1'}, StandardCharsets.ISO_8859_1)));
        cases.add(csv(dir, "a million commas", header + ",".repeat(1_000_000) + "\n"));
        cases.add(csv(dir, "NUL bytes", header + "Survei\u0000,2025,SURVEI\n"));
        cases.add(new BadInput("spreadsheet", "missing folder", () -> new MetadataImporter()
                .importCsv(dir.resolve("nowhere"))));
        return cases;
    }

    private static BadInput xlsx(Path dir, String name, byte[] bytes) throws IOException {
        Path file = Files.createTempFile(dir, "case", ".xlsx");
        Files.write(file, bytes);
        return new BadInput("spreadsheet", "XLSX " + name, () -> new MetadataImporter().importXlsx(file));
    }

    private static BadInput csv(Path dir, String name, String kegiatanSheet) throws IOException {
        Path folder = Files.createTempDirectory(dir, "csv");
        MetadataTemplates.writeCsv(folder);
        try (var files = Files.list(folder)) {
            Path first = files.filter(p -> p.toString().endsWith(".csv")).sorted().findFirst().orElseThrow();
            Files.writeString(first, kegiatanSheet, StandardCharsets.UTF_8);
        }
        return new BadInput("spreadsheet", "CSV " + name, () -> new MetadataImporter().importCsv(folder));
    }

    /** A zip with one entry; {@code null} content means 200 MB of zeros (it compresses to a few hundred KB). */
    private static byte[] zip(String entry, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            if (content != null) {
                zip.write(content);
            } else {
                byte[] zeros = new byte[1 << 20];
                for (int i = 0; i < 200; i++) {
                    zip.write(zeros);
                }
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] flip(byte[] bytes) {
        byte[] copy = bytes.clone();
        for (int i = copy.length / 3; i < copy.length; i += 97) {
            copy[i] ^= (byte) 0x5a;
        }
        return copy;
    }

    static String printable(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().limit(60).forEach(c -> {
            if (c < 32 || Character.getType(c) == Character.FORMAT || Character.isSurrogate((char) c)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return s.length() > 60 ? out + "…(" + s.length() + ")" : out.toString();
    }
}

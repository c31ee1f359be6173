package io.github.bpsconnector.examples.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bpsconnector.indah.IndahClient;
import io.github.bpsconnector.indah.IndahRecord;
import io.github.bpsconnector.indah.MetadataKind;
import io.github.bpsconnector.workflow.tracking.CaseDocuments;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** The demo's output folder: made ready (only an earlier demo's output is ever cleared) and the INDAH report. */
final class DemoOutput {

    /** Marks a folder as the demo's own, so a later run may clear it. */
    static final String MARKER = ".bps-connector-demo";

    private DemoOutput() {
    }

    /**
     * Creates {@code out}, or clears it when it holds an earlier demo's output.
     *
     * @throws IOException when {@code out} holds other files (never deleted) or cannot be written
     */
    static void prepare(Path out) throws IOException {
        if (Files.isDirectory(out)) {
            boolean empty;
            try (var entries = Files.list(out)) {
                empty = entries.findAny().isEmpty();
            }
            if (!empty && !Files.exists(out.resolve(MARKER))) {
                throw new IOException("folder " + out + " is not empty and is no earlier demo output; choose another"
                        + " --out");
            }
            clear(out);
        }
        Files.createDirectories(out);
        Files.writeString(out.resolve(MARKER), "output of bps-connector demo; cleared by the next demo run\n");
    }

    /** Lower-case letters and digits joined by {@code -}: a folder or file name from a title. */
    static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** Writes what INDAH holds for each kegiatan after the demo, as JSON, and returns the file. */
    static Path writeIndahReport(Path file, List<DemoCase> cases, IndahClient indah) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("portal", "INDAH (simulasi)");
        ArrayNode list = root.putArray("kegiatan");
        for (DemoCase c : cases) {
            CaseDocuments documents = c.current.documents();
            long msKegId = documents.msKegId();
            ObjectNode item = list.addObject();
            item.put("judulKegiatan", c.title());
            item.put("tahun", c.kegiatan.key().year());
            item.put("produsenData", c.sample.organizer());
            item.put("pengajuanRomantik", documents.pengajuanId());
            item.put("identitasRekomendasi", documents.identitasRekomendasi());
            item.put("nomorSuratRekomendasi", documents.nomorSuratRekomendasi());
            item.put("langkahSop", c.current.step().number());
            item.put("msKegId", msKegId);
            item.put("status", indah.review().status(MetadataKind.KEGIATAN, msKegId).status().toString());
            records(item.putArray("msVar"), indah.kegiatan().variables(msKegId));
            records(item.putArray("msInd"), indah.kegiatan().indicators(msKegId));
        }
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".indah-report", ".tmp");
        try {
            json.writeValue(temp.toFile(), root);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return file;
    }

    private static <T> void records(ArrayNode array, Iterable<IndahRecord<T>> records) {
        for (IndahRecord<T> record : records) {
            array.addObject().put("id", record.id()).put("status", record.status().toString());
        }
    }

    private static void clear(Path folder) throws IOException {
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (!dir.equals(folder)) {
                    Files.delete(dir);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}

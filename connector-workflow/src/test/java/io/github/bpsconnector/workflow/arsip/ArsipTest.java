package io.github.bpsconnector.workflow.arsip;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bpsconnector.workflow.internal.Sha256Hex;
import io.github.bpsconnector.workflow.sop.Actor;
import io.github.bpsconnector.workflow.sop.Portal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ArsipTest {

    private static final Instant NOW = Instant.parse("2026-11-24T03:15:00Z");
    private static final KegiatanKey SKM = new KegiatanKey("Survei Kepuasan Masyarakat Dinas Kesehatan 2026", 2026,
            "Dinas Kesehatan Kabupaten Jember");
    private static final byte[] LETTER = "%PDF-1.7 surat rekomendasi".getBytes(StandardCharsets.US_ASCII);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    private Arsip arsip;

    @BeforeEach
    void openArsip() throws IOException {
        arsip = Arsip.builder(root).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    }

    @Test
    void aStoredDocumentIsInTheKegiatanFolderAndTheManifest() throws IOException {
        ArsipEntry entry = arsip.store(SKM, DocumentKind.SURAT_REKOMENDASI,
                "romantik:pengajuan/123/surat-rekomendasi", "Surat-Rekomendasi-V-26.3509.004.pdf", LETTER);

        assertThat(entry).isEqualTo(new ArsipEntry(1, "0001-Surat-Rekomendasi-V-26.3509.004.pdf",
                DocumentKind.SURAT_REKOMENDASI, "romantik:pengajuan/123/surat-rekomendasi", Sha256Hex.of(LETTER),
                LETTER.length, NOW));
        Path folder = root.resolve(SKM.folderName());
        assertThat(arsip.path(SKM, entry)).isEqualTo(folder.resolve(entry.file())).hasBinaryContent(LETTER);

        JsonNode manifest = JSON.readTree(folder.resolve("manifest.json").toFile());
        assertThat(manifest.get("format").asInt()).isEqualTo(1);
        assertThat(manifest.at("/kegiatan/institution").asText()).isEqualTo("Dinas Kesehatan Kabupaten Jember");
        JsonNode listed = manifest.at("/entries/0");
        assertThat(listed.get("sha256").asText()).isEqualTo(Sha256Hex.of(LETTER));
        assertThat(listed.get("source").asText()).isEqualTo("romantik:pengajuan/123/surat-rekomendasi");
        assertThat(listed.get("storedAt").asText()).isEqualTo("2026-11-24T03:15:00Z");
        assertThat(listed.get("kind").asText()).isEqualTo("SURAT_REKOMENDASI");
        assertThat(arsip.entries(SKM)).containsExactly(entry);
    }

    @Test
    void aFileIsCopiedAndAReviewAndAnIndahIdAreRecordedAsJson(@TempDir Path work) throws IOException {
        Path draft = Files.write(work.resolve("Surat Komitmen V-26.3509.004.pdf"), LETTER);

        ArsipEntry copy = arsip.store(SKM, DocumentKind.SURAT_KOMITMEN_DRAFT, "bps-connector:surat-komitmen", draft);
        ArsipEntry review = arsip.recordReview(SKM, "romantik:pengajuan/123/catatan", new ReviewNote(
                Actor.WALIDATA, 3, "ditolak", "Judul belum memuat tahun", Instant.parse("2026-11-20T02:00:00Z")));
        ArsipEntry id = arsip.recordPortalId(SKM, "indah:ms-keg", new PortalId(Portal.INDAH, "ms_keg", "98765"));

        assertThat(arsip.path(SKM, copy)).hasBinaryContent(LETTER);
        assertThat(draft).exists();
        assertThat(review.file()).isEqualTo("0002-catatan-pemeriksaan.json");
        JsonNode note = JSON.readTree(arsip.path(SKM, review).toFile());
        assertThat(note.get("kind").asText()).isEqualTo("CATATAN_PEMERIKSAAN");
        assertThat(note.at("/fields/reviewer").asText()).isEqualTo("WALIDATA");
        assertThat(note.at("/fields/decision").asText()).isEqualTo("ditolak");
        assertThat(note.at("/fields/note").asText()).isEqualTo("Judul belum memuat tahun");
        assertThat(note.at("/fields/at").asText()).isEqualTo("2026-11-20T02:00:00Z");
        assertThat(JSON.readTree(arsip.path(SKM, id).toFile()).at("/fields/id").asText()).isEqualTo("98765");
        assertThat(arsip.entries(SKM)).extracting(ArsipEntry::kind).containsExactly(
                DocumentKind.SURAT_KOMITMEN_DRAFT, DocumentKind.CATATAN_PEMERIKSAAN, DocumentKind.PORTAL_ID);
    }

    @Test
    void aNewVersionIsANewEntryAndTheSameContentIsKeptOnce() throws IOException {
        byte[] revised = "%PDF-1.7 MS-Var revisi".getBytes(StandardCharsets.US_ASCII);
        ArsipEntry first = arsip.store(SKM, DocumentKind.MS_VAR, "bps-connector:ms-var", "MS-Var.pdf", LETTER);

        ArsipEntry again = arsip.store(SKM, DocumentKind.MS_VAR, "bps-connector:ms-var", "MS-Var.pdf", LETTER);
        ArsipEntry second = arsip.store(SKM, DocumentKind.MS_VAR, "bps-connector:ms-var", "MS-Var.pdf", revised);

        assertThat(again).isEqualTo(first);
        assertThat(second.sequence()).isEqualTo(2);
        assertThat(second.file()).isEqualTo("0002-MS-Var.pdf");
        assertThat(arsip.path(SKM, first)).hasBinaryContent(LETTER);
        assertThat(arsip.path(SKM, second)).hasBinaryContent(revised);
        assertThat(fileNames(arsip.folder(SKM))).containsExactly(".arsip.lock", "0001-MS-Var.pdf",
                "0002-MS-Var.pdf", "manifest.json");
    }

    @Test
    void verifyFindsTamperedMissingAndUnlistedFiles() throws IOException {
        ArsipEntry kept = arsip.store(SKM, DocumentKind.KAK, "user:upload", "KAK.pdf", LETTER);
        ArsipEntry gone = arsip.store(SKM, DocumentKind.KUESIONER, "user:upload", "Kuesioner.pdf", new byte[] {1});
        assertThat(arsip.verify(SKM).intact()).isTrue();
        assertThat(arsip.verify(SKM).entriesChecked()).isEqualTo(2);

        Files.write(arsip.path(SKM, kept), new byte[] {'x'}, StandardOpenOption.APPEND);
        Files.delete(arsip.path(SKM, gone));
        Files.writeString(arsip.folder(SKM).resolve("catatan-tambahan.txt"), "tidak tercatat");

        Verification result = arsip.verify(SKM);
        assertThat(result.intact()).isFalse();
        assertThat(result.findings()).extracting(Verification.Finding::file, Verification.Finding::problem)
                .containsExactly(
                        tuple("0001-KAK.pdf", Verification.Problem.MODIFIED),
                        tuple("0002-Kuesioner.pdf", Verification.Problem.MISSING),
                        tuple("catatan-tambahan.txt", Verification.Problem.UNLISTED));
        assertThat(result.findings().get(0).detail()).contains(Sha256Hex.of(LETTER));
    }

    @Test
    void anUnreadableManifestIsReportedNotTrusted() throws IOException {
        arsip.store(SKM, DocumentKind.KAK, "user:upload", "KAK.pdf", LETTER);
        Files.writeString(arsip.folder(SKM).resolve("manifest.json"), "{\"format\": 1, \"entries\": [");

        assertThat(arsip.verify(SKM).findings()).extracting(Verification.Finding::problem)
                .containsExactly(Verification.Problem.MANIFEST_UNREADABLE);
        assertThatThrownBy(() -> arsip.store(SKM, DocumentKind.KAK, "user:upload", "KAK.pdf", LETTER))
                .isInstanceOf(ArsipException.class).hasMessageContaining("manifest");
    }

    @Test
    void namesNeverLeaveTheKegiatanFolder() throws IOException {
        KegiatanKey sneaky = new KegiatanKey("../../etc", 2026, "..\\..\\Windows");

        ArsipEntry unix = arsip.store(sneaky, DocumentKind.LAINNYA, "user:upload", "../../../etc/passwd", bytes(1));
        ArsipEntry windows = arsip.store(sneaky, DocumentKind.LAINNYA, "user:upload", "..\\..\\win.ini", bytes(2));
        ArsipEntry nameless = arsip.store(sneaky, DocumentKind.KAK, "user:upload", "..", bytes(3));

        assertThat(arsip.folder(sneaky).getParent()).isEqualTo(root.toAbsolutePath().normalize());
        assertThat(arsip.folder(sneaky).getFileName().toString()).matches("etc-2026-[0-9a-f]{12}");
        assertThat(List.of(unix.file(), windows.file(), nameless.file()))
                .containsExactly("0001-passwd", "0002-win.ini", "0003-kak.bin");
        try (Stream<Path> all = Files.walk(root)) {
            assertThat(all.filter(Files::isRegularFile)).allSatisfy(
                    p -> assertThat(p.getParent()).isEqualTo(arsip.folder(sneaky)));
        }
        ArsipEntry forged = new ArsipEntry(9, "../outside.pdf", DocumentKind.KAK, "x", "0", 0, NOW);
        assertThatThrownBy(() -> arsip.path(sneaky, forged)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void secretsAreRefusedBeforeAnythingIsWritten() throws IOException {
        assertThatThrownBy(() -> arsip.record(SKM, DocumentKind.LAINNYA, "romantik:login",
                Map.of("user", "walidata", "password", "rahasia")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'password'")
                .hasMessageNotContaining("rahasia");
        assertThatThrownBy(() -> arsip.record(SKM, DocumentKind.LAINNYA, "romantik:pengajuan/1",
                Map.of("request", Map.of("headers", List.of(Map.of("X-CSRF-Token", "abc"))))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("request.headers[0].X-CSRF-Token");
        assertThatThrownBy(() -> arsip.store(SKM, DocumentKind.KAK,
                "https://romantik.web.bps.go.id/file?token=abc", "KAK.pdf", LETTER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("source:");
        assertThatThrownBy(() -> arsip.store(SKM, DocumentKind.KAK, "https://user:pw@indah.example/kak", "KAK.pdf",
                LETTER)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("user info");
        assertThatThrownBy(() -> arsip.store(SKM, DocumentKind.KAK, " ", "KAK.pdf", LETTER))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(root).isEmptyDirectory();
    }

    @Test
    void concurrentStoresFromThreadsAndInstancesAllLandOnce() throws Exception {
        Arsip other = Arsip.at(root);
        int threads = 8;
        int perThread = 5;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Arsip writer = t % 2 == 0 ? arsip : other;
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        writer.store(SKM, DocumentKind.LAINNYA, "test:thread-" + thread, "dokumen.txt",
                                ("thread " + thread + " document " + i).getBytes(StandardCharsets.UTF_8));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        List<ArsipEntry> entries = arsip.entries(SKM);
        assertThat(entries).hasSize(threads * perThread);
        assertThat(entries).extracting(ArsipEntry::sequence).containsExactlyElementsOf(
                IntStream.rangeClosed(1, threads * perThread).boxed().toList());
        assertThat(entries).extracting(ArsipEntry::file).doesNotHaveDuplicates();
        assertThat(arsip.verify(SKM).intact()).isTrue();
    }

    @Test
    void aWriterWaitsForTheLockOnlyAsLongAsAllowed() throws Exception {
        arsip.store(SKM, DocumentKind.KAK, "user:upload", "KAK.pdf", LETTER);
        Arsip impatient = Arsip.builder(root).lockTimeout(Duration.ofMillis(200)).build();
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService holder = Executors.newSingleThreadExecutor();
        try {
            Future<?> holding = holder.submit(() -> FolderLocks.locked(arsip.folder(SKM), Duration.ofSeconds(5),
                    () -> {
                        held.countDown();
                        await(release);
                        return null;
                    }));
            assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();

            assertThatThrownBy(() -> impatient.store(SKM, DocumentKind.KAK, "user:upload", "KAK-2.pdf", bytes(2)))
                    .isInstanceOf(ArsipException.class).hasMessageContaining("stayed locked");

            release.countDown();
            holding.get(10, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            holder.shutdownNow();
        }
        assertThat(impatient.store(SKM, DocumentKind.KAK, "user:upload", "KAK-2.pdf", bytes(2)).sequence())
                .isEqualTo(2);
    }

    @Test
    void aFolderHoldingAnotherKegiatanIsNotMixedUp() throws IOException {
        arsip.store(SKM, DocumentKind.KAK, "user:upload", "KAK.pdf", LETTER);
        KegiatanKey other = new KegiatanKey("Survei Lain", 2026, "Dinas Lain");
        Path manifest = arsip.folder(SKM).resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace(SKM.title(), other.title()));

        assertThatThrownBy(() -> arsip.entries(SKM)).isInstanceOf(ArsipException.class)
                .hasMessageContaining("holds another kegiatan");
    }

    private static byte[] bytes(int n) {
        return ("content " + n).getBytes(StandardCharsets.US_ASCII);
    }

    private static void await(CountDownLatch latch) throws InterruptedIOException {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException();
        }
    }

    private static List<String> fileNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

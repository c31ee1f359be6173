package io.github.bpsconnector.benchmarks.download;

import io.github.bpsconnector.benchmarks.harness.ChildProcess;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Downloads a generated body (1 GiB unless told) from a loopback server twice per round: with {@code
 * FileDownloader} in a child JVM limited to {@code -Xmx64m}, and with {@code curl}. Checks both
 * files' SHA-256 against the generator's and prints a Markdown table: time, throughput, peak heap (sampled) and
 * peak resident set size.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.github.bpsconnector.benchmarks.download.LargeDownloadHarness
 * [bytes] [rounds] [xmx]}
 */
public final class LargeDownloadHarness {

    private static final long GIB = 1L << 30;
    private static final Duration LIMIT = Duration.ofMinutes(10);

    private LargeDownloadHarness() {
    }

    /** One download measured. */
    record Run(String tool, long millis, long bytes, boolean shaMatches, long peakHeapUsed, long peakHeapCommitted,
               long gcCount, long maxRssKb) {

        double mibPerSecond() {
            return bytes / (1024.0 * 1024.0) / (millis / 1000.0);
        }
    }

    /**
     * Entry point.
     *
     * @param args optional: body size in bytes, number of rounds, the child's {@code -Xmx}
     */
    public static void main(String[] args) throws Exception {
        long size = args.length > 0 ? Long.parseLong(args[0]) : GIB;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        String xmx = args.length > 2 ? args[2] : "64m";
        GeneratedBody body = new GeneratedBody(size, 20261124L);
        String expected = body.sha256();
        Path work = Files.createTempDirectory("bench-download");
        List<Run> runs = new ArrayList<>();
        try (BodyServer server = new BodyServer(body)) {
            for (int round = 0; round < rounds; round++) {
                runs.add(connector(server, work.resolve("connector-" + round), size, xmx, expected));
                runs.add(curl(server, work.resolve("curl-" + round), expected));
            }
        } finally {
            deleteTree(work);
        }
        System.out.printf("Body %d bytes, SHA-256 %s, child -Xmx%s%n%n", size, expected, xmx);
        System.out.println("| tool | time (s) | MiB/s | SHA-256 ok | peak heap used (MiB) | peak heap committed (MiB)"
                + " | GCs | peak RSS (MiB) |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (Run r : runs) {
            System.out.printf("| %s | %.2f | %.0f | %s | %s | %s | %s | %.0f |%n", r.tool(), r.millis() / 1000.0,
                    r.mibPerSecond(), r.shaMatches() ? "yes" : "NO", mib(r.peakHeapUsed()),
                    mib(r.peakHeapCommitted()), r.gcCount() < 0 ? "-" : Long.toString(r.gcCount()),
                    r.maxRssKb() / 1024.0);
        }
        if (runs.stream().anyMatch(r -> !r.shaMatches())) {
            System.exit(1);
        }
    }

    private static Run connector(BodyServer server, Path folder, long size, String xmx, String expected)
            throws IOException, InterruptedException {
        Files.createDirectories(folder);
        ChildProcess.Result result = ChildProcess.run(List.of(ChildProcess.javaBinary(), "-Xmx" + xmx,
                "-cp", System.getProperty("java.class.path"), DownloadChild.class.getName(),
                server.uri().toString(), folder.toString(), Long.toString(size)), LIMIT);
        String line = result.line("RESULT ").orElseThrow(() -> new IOException(
                "The download child failed (exit " + result.exitCode() + "):\n" + result.stderr()));
        String[] f = line.split(" ");
        deleteTree(folder);
        return new Run("FileDownloader (-Xmx" + xmx + ")", Long.parseLong(f[0]), Long.parseLong(f[1]),
                f[2].equalsIgnoreCase(expected), Long.parseLong(f[3]), Long.parseLong(f[4]), Long.parseLong(f[5]),
                result.maxRssKb().orElse(-1L));
    }

    private static Run curl(BodyServer server, Path folder, String expected)
            throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Path file = folder.resolve("surat.bin");
        long start = System.nanoTime();
        ChildProcess.Result result = ChildProcess.run(List.of("curl", "-sS", "--fail", "-o", file.toString(),
                server.uri().toString()), LIMIT);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (result.exitCode() != 0) {
            throw new IOException("curl failed (exit " + result.exitCode() + "):\n" + result.stderr());
        }
        long bytes = Files.size(file);
        boolean matches = sha256(file).equalsIgnoreCase(expected);
        deleteTree(folder);
        return new Run("curl", millis, bytes, matches, -1, -1, -1, result.maxRssKb().orElse(-1L));
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest = GeneratedBody.newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String mib(long bytes) {
        return bytes < 0 ? "-" : String.format("%.1f", bytes / (1024.0 * 1024.0));
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

package io.github.bpsconnector.core.file;

import static io.github.bpsconnector.core.file.TestFolders.filesIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 200 MiB download by a client JVM whose heap is 128 MiB: it can only succeed if the body is streamed. The body is
 * generated on the fly by the loopback server and never held whole on either side.
 */
class LargeDownloadTest {

    private static final long SIZE = 200L * 1024 * 1024;
    private static final long SEED = 20_260_301L;

    @TempDir
    Path temp;

    @Test
    void twoHundredMebibytesLandWithTheRightShaInA128MebibyteHeap() throws Exception {
        Path folder = temp.resolve("unduhan");
        Path output = temp.resolve("child-output.txt");
        try (LoopbackHttpServer server = new LoopbackHttpServer((index, request, connection) -> {
            OutputStream out = new BufferedOutputStream(connection.out(), 64 * 1024);
            LoopbackHttpServer.writeHead(out, "200 OK", "Content-Type: application/zip",
                    "Content-Disposition: attachment; filename=\"arsip-besar.zip\"", "Content-Length: " + SIZE);
            PseudoRandomBytes.write(SEED, SIZE, out);
            out.flush();
        })) {
            Process child = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx128m",
                    "-cp", System.getProperty("java.class.path"),
                    LargeDownloadMain.class.getName(),
                    server.uri("/arsip/besar").toString(), folder.toString(), Long.toString(SIZE))
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            String expectedSha = PseudoRandomBytes.sha256(SEED, SIZE); // computed while the child downloads

            boolean finished = child.waitFor(50, TimeUnit.SECONDS);
            if (!finished) {
                child.destroyForcibly().waitFor();
            }
            String printed = Files.readString(output, StandardCharsets.UTF_8);

            assertThat(finished).as("child finished in time; output:%n%s", printed).isTrue();
            assertThat(child.exitValue()).as("exit code; output:%n%s", printed).isZero();
            assertThat(printed).contains("sha256=" + expectedSha, "size=" + SIZE);
            assertThat(maxHeap(printed)).isLessThanOrEqualTo(128L * 1024 * 1024);
            Path stored = folder.resolve("arsip-besar.zip");
            assertThat(Files.size(stored)).isEqualTo(SIZE);
            assertThat(sha256Of(stored)).isEqualTo(expectedSha);
            assertThat(filesIn(folder)).containsExactly("arsip-besar.zip");
        }
    }

    private static long maxHeap(String printed) {
        return printed.lines()
                .filter(line -> line.startsWith("maxHeap="))
                .mapToLong(line -> Long.parseLong(line.substring("maxHeap=".length())))
                .findFirst()
                .orElseThrow();
    }

    private static String sha256Of(Path file) throws IOException {
        MessageDigest digest = Sha256.newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}

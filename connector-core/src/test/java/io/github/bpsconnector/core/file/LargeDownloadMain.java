package io.github.bpsconnector.core.file;

import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.http.HttpExchange;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;

/**
 * Run by {@link LargeDownloadTest} in a child JVM with a small heap: downloads {@code args[0]} into
 * {@code args[1]} and prints what it stored. Exit code 0 on success, 2 on failure.
 */
public final class LargeDownloadMain {

    private LargeDownloadMain() {
    }

    public static void main(String[] args) {
        try (CloseableHttpClient client = TestExchanges.client(Duration.ofSeconds(30))) {
            Download download = FileDownloader.builder(HttpExchange.of(client, HttpClientContext.create()))
                    .maxBytes(Long.parseLong(args[2]))
                    .build()
                    .download(ErrorContext.of("test", "large.download"), URI.create(args[0]), Path.of(args[1]));
            System.out.println("maxHeap=" + Runtime.getRuntime().maxMemory());
            System.out.println("size=" + download.size());
            System.out.println("sha256=" + download.sha256());
            System.out.println("path=" + download.path());
        } catch (Exception | OutOfMemoryError e) {
            e.printStackTrace(System.out);
            System.exit(2);
        }
    }
}

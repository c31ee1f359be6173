package io.github.bpsconnector.benchmarks.download;

import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.file.Download;
import io.github.bpsconnector.core.file.FileDownloader;
import io.github.bpsconnector.core.http.PortalHttpClient;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hc.client5.http.protocol.HttpClientContext;

/**
 * The measured side of {@link LargeDownloadHarness}, run in its own JVM (with {@code -Xmx64m}): downloads one URI
 * with {@link FileDownloader} through a {@link PortalHttpClient} while a thread samples the heap every 20 ms, then
 * prints one line {@code RESULT <millis> <size> <sha256> <peakHeapUsed> <peakHeapCommitted> <gcCount>}.
 */
public final class DownloadChild {

    private DownloadChild() {
    }

    /**
     * Entry point.
     *
     * @param args the URI, the target folder, the size cap in bytes
     */
    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        Path folder = Path.of(args[1]);
        long maxBytes = Long.parseLong(args[2]);
        HeapSampler sampler = new HeapSampler();
        Thread samplerThread = new Thread(sampler, "heap-sampler");
        samplerThread.setDaemon(true);
        samplerThread.start();
        try (PortalHttpClient client = PortalHttpClient.builder("bench").build()) {
            FileDownloader downloader = FileDownloader.builder(client.exchange(HttpClientContext.create(), "unduh"))
                    .maxBytes(maxBytes)
                    .build();
            long start = System.nanoTime();
            Download download = downloader.download(ErrorContext.of("bench", "unduh"), uri, folder);
            long millis = (System.nanoTime() - start) / 1_000_000;
            sampler.sample();
            long gcCount = ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(gc -> Math.max(0, gc.getCollectionCount())).sum();
            System.out.printf("RESULT %d %d %s %d %d %d%n", millis, download.size(), download.sha256(),
                    sampler.peakUsed.get(), sampler.peakCommitted.get(), gcCount);
        }
    }

    /** Keeps the highest heap use and commitment seen. */
    private static final class HeapSampler implements Runnable {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peakUsed = new AtomicLong();
        private final AtomicLong peakCommitted = new AtomicLong();

        @Override
        public void run() {
            while (true) {
                sample();
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void sample() {
            var heap = memory.getHeapMemoryUsage();
            peakUsed.accumulateAndGet(heap.getUsed(), Math::max);
            peakCommitted.accumulateAndGet(heap.getCommitted(), Math::max);
        }
    }
}

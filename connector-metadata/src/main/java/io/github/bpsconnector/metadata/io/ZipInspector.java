package io.github.bpsconnector.metadata.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Inflates every part of an XLSX once, counting bytes, before Apache POI opens it: the zip-bomb guard. The archive
 * is refused when it has too many parts, inflates beyond {@link ImportLimits#maxUncompressedBytes()} in total, or a
 * part over 1 MiB compresses better than {@link ImportLimits#minInflateRatio()} allows. Reading stops at the first
 * violation, so a bomb costs at most the limit in inflation work and a fixed buffer in memory.
 *
 * <p>This is done here rather than through POI's JVM-wide {@code ZipSecureFile} settings, which would also change
 * how the host application's own POI code behaves. POI's default guard (ratio 0.01) stays active as a second line.
 */
final class ZipInspector {

    private static final long GRACE_BYTES = 1L << 20;

    private ZipInspector() {
    }

    /**
     * @throws MetadataImportException {@code ZIP_BOMB} when a limit is exceeded, {@code NOT_XLSX} when the file is
     *                                 not a readable zip archive
     */
    static void inspect(Path file, ImportLimits limits) {
        String name = InputFiles.name(file);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > limits.maxZipEntries()) {
                throw bomb(name, "has " + zip.size() + " parts, more than " + limits.maxZipEntries());
            }
            long total = 0;
            byte[] buffer = new byte[64 * 1024];
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                long compressed = Math.max(entry.getCompressedSize(), 0);
                long inflated = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        inflated += n;
                        total += n;
                        if (total > limits.maxUncompressedBytes()) {
                            throw bomb(name, "inflates to more than " + limits.maxUncompressedBytes() + " bytes");
                        }
                        if (inflated > GRACE_BYTES && (double) compressed / inflated < limits.minInflateRatio()) {
                            throw bomb(name, "part " + entry.getName() + " compresses more than 1:"
                                    + Math.round(1 / limits.minInflateRatio()));
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof MetadataImportException mie) {
                throw mie;
            }
            throw new MetadataImportException(MetadataImportException.Reason.NOT_XLSX, name,
                    name + " is not a readable zip archive: " + e.getMessage(), e);
        }
    }

    private static MetadataImportException bomb(String name, String why) {
        return new MetadataImportException(MetadataImportException.Reason.ZIP_BOMB, name, name + " " + why, null);
    }
}

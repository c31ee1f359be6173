package io.github.bpsconnector.testkit.romantik;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The upload checks of §2.9: PDF only ({@code %PDF-} magic), Blok IX files up to 10 MB, Surat Komitmen up to 5 MB. */
final class UploadPolicy {

    /** Largest Blok IX file. */
    static final int MAX_BERKAS_BYTES = 10 * 1024 * 1024;
    /** Largest Surat Komitmen. */
    static final int MAX_KOMITMEN_BYTES = 5 * 1024 * 1024;

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private UploadPolicy() {
    }

    /** The Indonesian reason to refuse {@code content}, or {@code null} when it is acceptable. */
    static String problem(byte[] content, int maxBytes) {
        if (content == null || content.length == 0) {
            return "Berkas wajib diunggah.";
        }
        if (content.length > maxBytes) {
            return "Ukuran berkas melebihi " + (maxBytes / (1024 * 1024)) + " MB.";
        }
        if (content.length < PDF_MAGIC.length
                || !Arrays.equals(content, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
            return "Berkas harus berformat PDF.";
        }
        return null;
    }
}

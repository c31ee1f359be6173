package io.github.bpsconnector.testkit.romantik;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * An uploaded file (Blok IX or Surat Komitmen), content included. Immutable: the content is copied in and out.
 */
public final class Berkas {

    private final JenisBerkas jenis;
    private final String namaFile;
    private final byte[] content;
    private final Instant diunggah;

    /**
     * @param jenis the kind ({@code null} for a Surat Komitmen)
     * @param namaFile the file name the browser sent
     * @param content the bytes
     * @param diunggah when it was uploaded (simulated clock)
     */
    public Berkas(JenisBerkas jenis, String namaFile, byte[] content, Instant diunggah) {
        this.jenis = jenis;
        this.namaFile = Objects.requireNonNull(namaFile, "namaFile");
        this.content = Objects.requireNonNull(content, "content").clone();
        this.diunggah = Objects.requireNonNull(diunggah, "diunggah");
    }

    /** The kind, or {@code null} for a Surat Komitmen. */
    public JenisBerkas jenis() {
        return jenis;
    }

    /** The file name as uploaded. */
    public String namaFile() {
        return namaFile;
    }

    /** The size in bytes. */
    public int ukuran() {
        return content.length;
    }

    /** A copy of the content. */
    public byte[] content() {
        return content.clone();
    }

    /** When it was uploaded. */
    public Instant diunggah() {
        return diunggah;
    }

    @Override
    public String toString() {
        return "Berkas[" + jenis + ", " + namaFile + ", " + content.length + " bytes]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Berkas that && jenis == that.jenis && namaFile.equals(that.namaFile)
                && Arrays.equals(content, that.content) && diunggah.equals(that.diunggah);
    }

    @Override
    public int hashCode() {
        return Objects.hash(jenis, namaFile, Arrays.hashCode(content), diunggah);
    }
}

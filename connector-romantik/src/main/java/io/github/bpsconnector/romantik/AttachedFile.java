package io.github.bpsconnector.romantik;

/**
 * A Blok IX file already on a pengajuan.
 *
 * @param jenis the kind as the portal names it ({@code KAK}, {@code KUESIONER}, ...)
 * @param namaFile the file name
 */
public record AttachedFile(String jenis, String namaFile) {
}

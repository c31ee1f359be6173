package io.github.bpsconnector.romantik;

import io.github.bpsconnector.core.file.Download;
import io.github.bpsconnector.romantik.letter.SuratRekomendasi;

/**
 * A downloaded Surat Rekomendasi: the file on disk (name, size, SHA-256) and the fields read from it.
 *
 * @param download the stored file
 * @param letter the fields of the letter
 */
public record SuratRekomendasiDownload(Download download, SuratRekomendasi letter) {
}

package io.github.bpsconnector.workflow.port;

import io.github.bpsconnector.workflow.document.SuratRekomendasiInfo;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A downloaded Surat Rekomendasi: the file and the fields read from it.
 *
 * @param file   the PDF on disk
 * @param letter its fields
 */
public record LetterDownload(Path file, SuratRekomendasiInfo letter) {

    /** Checks that both are given. */
    public LetterDownload {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(letter, "letter");
    }
}

package io.github.bpsconnector.examples.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files a demo run wrote.
 *
 * @param suratRekomendasi the downloaded Surat Rekomendasi PDFs
 * @param suratKomitmen    the Surat Komitmen PDFs drawn up and uploaded
 * @param indahReport      the INDAH report (JSON)
 * @param statusReport     the HTML status report
 */
public record DemoResult(List<Path> suratRekomendasi, List<Path> suratKomitmen, Path indahReport, Path statusReport) {

    /** Copies the lists. */
    public DemoResult {
        suratRekomendasi = List.copyOf(suratRekomendasi);
        suratKomitmen = List.copyOf(suratKomitmen);
    }

    static DemoResult of(Path out, Path indahReport, Path statusReport) {
        return new DemoResult(pdfs(out.resolve("surat-rekomendasi")), pdfs(out.resolve("surat-komitmen")),
                indahReport, statusReport);
    }

    /** Every file of the result, letters first. */
    public List<Path> files() {
        return Stream.of(suratRekomendasi.stream(), suratKomitmen.stream(), Stream.of(indahReport, statusReport))
                .flatMap(s -> s).toList();
    }

    private static List<Path> pdfs(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

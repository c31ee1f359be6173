package io.github.bpsconnector.examples.cli;

import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.io.ImportResult;
import io.github.bpsconnector.metadata.io.MetadataImportException;
import io.github.bpsconnector.metadata.io.MetadataImporter;
import io.github.bpsconnector.metadata.json.MalformedMetadataJsonException;
import io.github.bpsconnector.metadata.json.MetadataJson;
import io.github.bpsconnector.metadata.json.MetadataJsonException;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads the metadata packages a command works on: canonical JSON, the XLSX template or a folder of CSV/TSV files,
 * printing the import report (Indonesian) and saying how bad the input was.
 *
 * @param packages the packages read without error
 * @param exitCode {@link ExitCodes#OK}, {@link ExitCodes#WARNINGS} or {@link ExitCodes#ERRORS} for the import, or
 *                 {@link ExitCodes#UNREADABLE}
 */
record MetadataInput(List<MetadataPackage> packages, int exitCode) {

    /** Reads {@code input}, printing what the official needs to know to {@code out}. */
    static MetadataInput read(Path input, PrintWriter out) {
        String name = input.getFileName() == null ? input.toString() : input.getFileName().toString();
        try {
            if (isJson(input)) {
                return new MetadataInput(List.of(MetadataJson.readPackage(input)), ExitCodes.OK);
            }
            ImportResult imported = new MetadataImporter().importPath(input);
            out.println(imported.report().format());
            int code = imported.report().hasErrors() ? ExitCodes.ERRORS
                    : imported.report().warnings().isEmpty() ? ExitCodes.OK : ExitCodes.WARNINGS;
            return new MetadataInput(imported.packages(), code);
        } catch (MetadataImportException e) {
            out.println("Berkas " + e.fileName() + " tidak dapat dibaca: " + e.reason().label() + ".");
        } catch (MalformedMetadataJsonException e) {
            out.println("Berkas " + name + " bukan JSON yang utuh (baris " + e.line() + ", kolom " + e.column() + ").");
        } catch (MetadataJsonException e) {
            out.println("GALAT " + name + " " + e.path() + " (baris " + e.line() + ", kolom " + e.column()
                    + "): isian tidak sesuai format kanonik: " + e.getMessage());
            return new MetadataInput(List.of(), ExitCodes.ERRORS);
        } catch (IOException e) {
            out.println("Berkas " + name + " tidak dapat dibaca: " + e.getClass().getSimpleName() + ".");
        }
        return new MetadataInput(List.of(), ExitCodes.UNREADABLE);
    }

    /** Whether nothing at all could be read. */
    boolean unreadable() {
        return exitCode == ExitCodes.UNREADABLE;
    }

    private static boolean isJson(Path path) {
        return !Files.isDirectory(path) && path.toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }
}

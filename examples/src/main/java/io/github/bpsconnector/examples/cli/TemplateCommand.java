package io.github.bpsconnector.examples.cli;

import io.github.bpsconnector.metadata.io.MetadataTemplates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code template <dir>}: writes the empty metadata templates, {@code templat-metadata.xlsx} and a {@code csv}
 * folder with one file per sheet, for a Produsen Data or the Walidata to fill in.
 */
@Command(name = "template",
        description = "Menulis templat metadata kosong: templat-metadata.xlsx dan folder csv/ (satu berkas per lembar).")
public final class TemplateCommand implements Callable<Integer> {

    /** The XLSX template's file name. */
    public static final String XLSX_NAME = "templat-metadata.xlsx";

    /** The folder of the CSV templates. */
    public static final String CSV_FOLDER = "csv";

    @Parameters(index = "0", paramLabel = "<folder>", description = "Folder tujuan (dibuat bila belum ada).")
    Path directory;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            Files.createDirectories(directory);
            Path xlsx = directory.resolve(XLSX_NAME);
            MetadataTemplates.writeXlsx(xlsx);
            Path csv = directory.resolve(CSV_FOLDER);
            MetadataTemplates.writeCsv(csv);
            out.println("Templat ditulis:");
            out.println("  " + xlsx);
            out.println("  " + csv + "/ (ms_kegiatan.csv, ms_variabel.csv, ms_indikator.csv, ...)");
            out.println("Isi templat, lalu periksa dengan: bps-connector validate " + xlsx);
            out.flush();
            return ExitCodes.OK;
        } catch (IOException e) {
            out.println("Templat tidak dapat ditulis ke " + directory + ": " + e.getClass().getSimpleName() + ".");
            out.flush();
            return ExitCodes.UNREADABLE;
        }
    }
}

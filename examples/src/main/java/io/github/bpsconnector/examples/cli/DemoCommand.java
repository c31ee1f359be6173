package io.github.bpsconnector.examples.cli;

import io.github.bpsconnector.examples.demo.Demo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code demo}: the whole SOP for three sample kegiatan against the embedded simulators, in seconds. */
@Command(name = "demo",
        description = {
            "Menjalankan seluruh SOP untuk tiga kegiatan contoh Kabupaten Jember terhadap simulator Romantik dan",
            "INDAH di dalam proses (tidak ada yang dikirim ke BPS), lalu menulis out/: Surat Rekomendasi,",
            "Surat Komitmen, laporan INDAH (JSON) dan laporan status HTML."
        })
public final class DemoCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "<folder>", defaultValue = "out",
            description = "Folder hasil (bawaan: ${DEFAULT-VALUE}); dikosongkan bila berisi hasil demo sebelumnya.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter print = spec.commandLine().getOut();
        try {
            Demo.run(out, print);
            return ExitCodes.OK;
        } catch (IOException e) {
            print.println("Folder " + out + " tidak dapat dipakai: " + e.getMessage());
            print.flush();
            return ExitCodes.UNREADABLE;
        }
    }
}

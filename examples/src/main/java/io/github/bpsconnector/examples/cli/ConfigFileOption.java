package io.github.bpsconnector.examples.cli;

import io.github.bpsconnector.examples.config.ConnectorConfig;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --config} option of the commands that read the configuration for all its accounts. */
public final class ConfigFileOption {

    @Option(names = "--config", paramLabel = "<berkas>",
            description = "Berkas konfigurasi (bawaan: " + ConnectorConfig.DEFAULT_FILE + " di folder kerja).")
    Path file;

    /** The configuration file, read now. */
    ConnectorConfig config() {
        return ConnectorConfig.load(file != null ? file : Path.of(ConnectorConfig.DEFAULT_FILE));
    }
}

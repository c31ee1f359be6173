package io.github.bpsconnector.examples.cli;

import io.github.bpsconnector.examples.config.AccountConfig;
import io.github.bpsconnector.examples.config.ConfigException;
import io.github.bpsconnector.examples.config.ConnectorConfig;
import io.github.bpsconnector.examples.config.Portal;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --config} and {@code --akun} options of the commands that talk to a portal. */
public final class ConfigOption {

    @Option(names = "--config", paramLabel = "<berkas>",
            description = "Berkas konfigurasi (bawaan: " + ConnectorConfig.DEFAULT_FILE + " di folder kerja).")
    Path file;

    @Option(names = "--akun", paramLabel = "<id>", required = true,
            description = "Id akun di berkas konfigurasi (account.<id>.*).")
    String account;

    /** The configuration file, read now. */
    ConnectorConfig config() {
        return ConnectorConfig.load(file != null ? file : Path.of(ConnectorConfig.DEFAULT_FILE));
    }

    /**
     * The chosen account, which must belong to {@code portal}.
     *
     * @throws ConfigException when there is no such account or it is another portal's
     */
    AccountConfig account(ConnectorConfig config, Portal portal) {
        AccountConfig chosen = config.account(account);
        if (chosen.portal() != portal) {
            throw new ConfigException("account '" + account + "' is a " + chosen.portal().key() + " account, not "
                    + portal.key());
        }
        return chosen;
    }
}

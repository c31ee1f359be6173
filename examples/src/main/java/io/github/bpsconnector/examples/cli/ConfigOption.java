package io.github.bpsconnector.examples.cli;

import io.github.bpsconnector.examples.config.AccountConfig;
import io.github.bpsconnector.examples.config.ConfigException;
import io.github.bpsconnector.examples.config.ConnectorConfig;
import io.github.bpsconnector.examples.config.Portal;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The {@code --config} and {@code --akun} options of the commands that talk to a portal. */
public final class ConfigOption {

    @Mixin
    ConfigFileOption file;

    @Option(names = "--akun", paramLabel = "<id>", required = true,
            description = "Id akun di berkas konfigurasi (account.<id>.*).")
    String account;

    /** The configuration file, read now. */
    ConnectorConfig config() {
        return file.config();
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

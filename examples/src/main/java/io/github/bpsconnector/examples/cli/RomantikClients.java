package io.github.bpsconnector.examples.cli;

import io.github.bpsconnector.core.journal.Journal;
import io.github.bpsconnector.examples.config.AccountConfig;
import io.github.bpsconnector.examples.config.ConnectorConfig;
import io.github.bpsconnector.romantik.RomantikClient;
import io.github.bpsconnector.romantik.RomantikProfile;

/** Builds the Romantik clients of the command line from the configuration. */
final class RomantikClients {

    private RomantikClients() {
    }

    /** The profile: the bundled one, overridden by {@code romantik.profile}, at {@code romantik.url}. */
    static RomantikProfile profile(ConnectorConfig config) {
        RomantikProfile profile = config.romantikProfile().map(RomantikProfile::fromFile)
                .orElseGet(RomantikProfile::defaults);
        return profile.withBaseUrl(config.romantikUrl());
    }

    /** A client for {@code account}, its credentials read at each login, its writes journaled. */
    static RomantikClient of(ConnectorConfig config, AccountConfig account, Journal journal) {
        return RomantikClient.builder()
                .profile(profile(config))
                .credentials(account.credentials().provider())
                .resilienceSettings(ClientSettings.resilience(config))
                .journal(journal)
                .build();
    }
}

package io.github.bpsconnector.examples.cli;

import io.github.bpsconnector.core.journal.Journal;
import io.github.bpsconnector.examples.config.AccountConfig;
import io.github.bpsconnector.examples.config.AccountRole;
import io.github.bpsconnector.examples.config.ConfigException;
import io.github.bpsconnector.examples.config.ConnectorConfig;
import io.github.bpsconnector.examples.config.Portal;
import io.github.bpsconnector.indah.IndahAccount;
import io.github.bpsconnector.indah.IndahClient;
import io.github.bpsconnector.indah.report.MetadataReporter;
import io.github.bpsconnector.romantik.RomantikClient;
import io.github.bpsconnector.workflow.arsip.KegiatanKey;
import io.github.bpsconnector.workflow.port.IndahClientPort;
import io.github.bpsconnector.workflow.port.IndahPort;
import io.github.bpsconnector.workflow.port.IndahState;
import io.github.bpsconnector.workflow.port.RomantikClientPort;
import io.github.bpsconnector.workflow.port.RomantikPort;
import io.github.bpsconnector.workflow.port.WalidataPort;
import io.github.bpsconnector.metadata.MetadataPackage;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The workflow's portal ports over the clients of the configured accounts, made when first needed and closed
 * together: a perangkat daerah's Romantik account (the Romantik account of role {@code produsen} whose label is
 * the kegiatan's instansi), the Walidata's Romantik account, and the Walidata's INDAH account with the session
 * saved by {@code indah login}. Every client journals its writes in the command's journal.
 */
final class WorkspacePorts implements AutoCloseable {

    private final ConnectorConfig config;
    private final Journal journal;
    private final List<AutoCloseable> clients = new ArrayList<>();
    private final Map<String, RomantikClientPort> romantik = new HashMap<>();
    private RomantikClientPort walidata;
    private IndahPort indah;

    WorkspacePorts(ConnectorConfig config, Journal journal) {
        this.config = config;
        this.journal = journal;
    }

    /**
     * The Romantik port of the perangkat daerah named {@code instansi}.
     *
     * @throws ConfigException when no Romantik produsen account has that label
     */
    RomantikPort romantikOf(String instansi) {
        AccountConfig account = config.accounts(Portal.ROMANTIK).stream()
                .filter(a -> a.role() == AccountRole.PRODUSEN_DATA && same(a.label(), instansi))
                .findFirst()
                .orElseThrow(() -> new ConfigException("no Romantik account of role produsen has the label '"
                        + instansi + "' (account.<id>.label)"));
        return romantik.computeIfAbsent(account.id(), id -> new RomantikClientPort(keep(
                RomantikClients.of(config, account, journal))));
    }

    /** The Walidata's Romantik port, if the configuration has a Romantik account of role walidata. */
    Optional<WalidataPort> walidata() {
        if (walidata == null) {
            Optional<AccountConfig> account = config.accounts(Portal.ROMANTIK).stream()
                    .filter(a -> a.role() == AccountRole.WALIDATA).findFirst();
            if (account.isEmpty()) {
                return Optional.empty();
            }
            walidata = new RomantikClientPort(keep(RomantikClients.of(config, account.get(), journal)));
        }
        return Optional.of(walidata);
    }

    /**
     * The Walidata's INDAH port (it may not publish: on the modelled INDAH the Pembina Data publishes); one that
     * fails with a {@link ConfigException} when used if there is no INDAH account of role walidata.
     */
    IndahPort indah() {
        if (indah == null) {
            Optional<AccountConfig> account = config.accounts(Portal.INDAH).stream()
                    .filter(a -> a.role() == AccountRole.WALIDATA).findFirst();
            indah = account.<IndahPort>map(this::indahPort).orElseGet(Unconfigured::new);
        }
        return indah;
    }

    private IndahPort indahPort(AccountConfig account) {
        IndahClient client = keep(IndahClients.withSavedSession(config, account, journal));
        MetadataReporter reporter = MetadataReporter.builder(client).journal(journal).submit(true).build();
        IndahAccount[] me = new IndahAccount[1];
        return new IndahClientPort(client, reporter, key -> {
            if (me[0] == null) {
                me[0] = client.authenticate();
            }
            return IndahProducers.named(client, me[0], key.institution()).orElseThrow(() -> new ConfigException(
                    "INDAH has no producer organisation named '" + key.institution() + "'"));
        }, false);
    }

    private <C extends AutoCloseable> C keep(C client) {
        clients.add(client);
        return client;
    }

    private static boolean same(String a, String b) {
        return normalize(a).equals(normalize(b));
    }

    private static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        for (AutoCloseable client : clients) {
            try {
                client.close();
            } catch (Exception e) {
                // closing a client only releases its connections; nothing is lost
            }
        }
        clients.clear();
    }

    /** The INDAH port when the configuration has no INDAH account of the Walidata. */
    private static final class Unconfigured implements IndahPort {

        private static ConfigException missing() {
            return new ConfigException("no INDAH account of role walidata in the configuration");
        }

        @Override
        public Optional<IndahState> find(KegiatanKey key) {
            throw missing();
        }

        @Override
        public long report(KegiatanKey key, MetadataPackage pkg) {
            throw missing();
        }

        @Override
        public void publish(long msKegId) {
            throw missing();
        }

        @Override
        public boolean canPublish() {
            return false;
        }
    }
}

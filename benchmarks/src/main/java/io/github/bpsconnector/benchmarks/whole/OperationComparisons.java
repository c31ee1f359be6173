package io.github.bpsconnector.benchmarks.whole;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bpsconnector.benchmarks.scene.IndahScene;
import io.github.bpsconnector.benchmarks.scene.Loopback;
import io.github.bpsconnector.benchmarks.scene.RomantikScene;
import io.github.bpsconnector.benchmarks.scene.SkjhiPackages;
import io.github.bpsconnector.core.http.PortalHttpClient;
import io.github.bpsconnector.core.session.CredentialsProvider;
import io.github.bpsconnector.core.session.Session;
import io.github.bpsconnector.indah.IndahAccount;
import io.github.bpsconnector.indah.IndahClient;
import io.github.bpsconnector.indah.IndahProfile;
import io.github.bpsconnector.indah.MetadataKind;
import io.github.bpsconnector.indah.MetadataStatus;
import io.github.bpsconnector.indah.wire.EnvelopeWire;
import io.github.bpsconnector.indah.wire.MsKegWire;
import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.romantik.RomantikClient;
import io.github.bpsconnector.romantik.SuratRekomendasiDownload;
import io.github.bpsconnector.romantik.login.SsoLogin;
import io.github.bpsconnector.romantik.page.PageSnapshots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hc.client5.http.protocol.HttpClientContext;

/**
 * Part (a) of the whole run: each operation of the clients against the raw baseline doing the same requests, on
 * simulators brought into {@link RomantikScene}'s state and a fresh {@link IndahScene}.
 */
final class OperationComparisons {

    private final SideBySide timing;
    private final int calls;
    private final int slowCalls;
    private final int rounds;

    /**
     * @param calls calls per round of the fast operations
     * @param slowCalls calls per round of the letter download (a PDF written and read each time)
     * @param rounds measured rounds per side
     */
    OperationComparisons(int calls, int slowCalls, int rounds) {
        this.timing = new SideBySide(calls, rounds);
        this.calls = calls;
        this.slowCalls = slowCalls;
        this.rounds = rounds;
    }

    /** Runs every comparison; the rows in the order of the table. */
    List<Comparison> run() throws Exception {
        List<Comparison> rows = new ArrayList<>();
        try (RomantikScene romantik = RomantikScene.start()) {
            rows.addAll(romantik(romantik));
        }
        try (IndahScene indah = IndahScene.start()) {
            rows.addAll(indah(indah));
        }
        return rows;
    }

    private List<Comparison> romantik(RomantikScene scene) throws Exception {
        Path folder = Files.createTempDirectory("whole-run-letters");
        long id = scene.recommendedId();
        try (RawRomantik raw = new RawRomantik(scene.simulator().baseUrl());
             PortalHttpClient transport = PortalHttpClient.builder("romantik").resilienceSettings(Loopback.SETTINGS)
                     .build();
             RomantikClient client = scene.produsenClient().build()) {
            SsoLogin login = new SsoLogin(transport, scene.profile(), CredentialsProvider.of(scene.produsenEmail(),
                    scene.produsenPassword().toCharArray()), PageSnapshots.none());
            HttpClientContext rawSession = raw.login(scene.produsenEmail(), scene.produsenPassword());
            client.session();
            List<Comparison> rows = new ArrayList<>();
            rows.add(timing.compare("Romantik login (SSO: 5 requests)",
                    () -> raw.login(scene.produsenEmail(), scene.produsenPassword()),
                    () -> login.logIn(new Session())));
            rows.add(timing.compare("Romantik Daftar Pengajuan (1 page, 10 rows)",
                    () -> requireRows(raw.list(rawSession).size()),
                    () -> requireRows(client.list(null).stream().toList().size())));
            rows.add(timing.compare("Romantik status (detail page, 4 catatan)",
                    () -> raw.detail(rawSession, id), () -> client.detail(id)));
            rows.add(timing.compare("Romantik Surat Rekomendasi (detail + PDF to disk + SHA-256 + text)", slowCalls,
                    new Call() {
                        @Override
                        public Object run() throws Exception {
                            return raw.downloadLetter(rawSession, id, folder);
                        }

                        @Override
                        public void cleanUp(Object result) throws Exception {
                            Files.delete(((RawRomantik.Letter) result).file());
                        }
                    },
                    new Call() {
                        @Override
                        public Object run() {
                            return client.downloadSuratRekomendasi(id, folder);
                        }

                        @Override
                        public void cleanUp(Object result) throws Exception {
                            Files.delete(((SuratRekomendasiDownload) result).download().path());
                        }
                    }));
            return rows;
        } finally {
            Files.deleteIfExists(folder);
        }
    }

    private List<Comparison> indah(IndahScene scene) throws Exception {
        String base = scene.baseUrl().toString();
        try (IndahClient client = scene.walidataClient().build()) {
            IndahAccount account = client.authenticate();
            List<Comparison> rows = new ArrayList<>();
            rows.add(timing.compare("INDAH login (new client: authenticate + account)",
                    () -> {
                        try (RawIndah raw = new RawIndah(base)) {
                            return raw.login(scene.username(), scene.password());
                        }
                    },
                    () -> {
                        try (IndahClient fresh = scene.walidataClient().build()) {
                            return fresh.authenticate();
                        }
                    }));
            int creates = calls * (rounds + 1);
            Iterator<MsKeg> forms = kegiatan("klien", creates).iterator();
            Iterator<String> titles = titles("mentah", creates).iterator();
            ObjectNode envelope = new EnvelopeWire(IndahProfile.defaults()).create(MetadataKind.KEGIATAN,
                    SkjhiPackages.PERIOD, new MsKegWire(IndahProfile.defaults()).write(forms.next()),
                    MetadataStatus.DRAFT, IndahScene.DINKES, account, null);
            try (RawIndah raw = new RawIndah(base)) {
                raw.login(scene.username(), scene.password());
                rows.add(timing.compare("INDAH create MS-Keg (1 POST)",
                        () -> {
                            envelope.withObject("/data").put("judul_kegiatan", titles.next());
                            return raw.createKegiatan(envelope);
                        },
                        () -> client.kegiatan().createDraft(IndahScene.DINKES, SkjhiPackages.PERIOD, forms.next())));
            }
            return rows;
        }
    }

    private static List<MsKeg> kegiatan(String side, int count) {
        List<MsKeg> forms = new ArrayList<>();
        for (String title : titles(side, count + 1)) {
            forms.add(SkjhiPackages.retitled(title).activity());
        }
        return forms;
    }

    private static List<String> titles(String side, int count) {
        List<String> titles = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            titles.add("Survei Kepuasan Jamaah Haji Indonesia Pengukuran " + side + " " + i);
        }
        return titles;
    }

    private static int requireRows(int rows) {
        if (rows != RomantikScene.PAGE_SIZE) {
            throw new IllegalStateException("expected a whole page of " + RomantikScene.PAGE_SIZE + " rows: " + rows);
        }
        return rows;
    }
}
